using System.Globalization;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Progress for logs (cron, CI, Kubernetes jobs): one plain line every few seconds, with rows a second and time left.</summary>
internal sealed class LineProgress(TextWriter output, TimeProvider time, TimeSpan every) : IIngestProgress
{
    private readonly long _started = time.GetTimestamp();
    private long _lastShown = time.GetTimestamp();

    public void Report(long rows, long bytesRead, long totalBytes)
    {
        if (time.GetElapsedTime(_lastShown) < every)
        {
            return;
        }

        _lastShown = time.GetTimestamp();
        var elapsed = time.GetElapsedTime(_started).TotalSeconds;
        var rate = elapsed > 0 ? rows / elapsed : 0;
        var left = totalBytes > 0 && bytesRead > 0 ? TimeSpan.FromSeconds(elapsed * (totalBytes - bytesRead) / bytesRead) : (TimeSpan?)null;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows read ({(totalBytes > 0 ? 100.0 * bytesRead / totalBytes : 0):0}%), {rate:N0} rows/s{(left is { } l ? $", about {l:hh\\:mm\\:ss} left" : "")}"));
        // Out the door now, whatever the writer buffers: a log collector or a watching process sees the load as it runs.
        output.Flush();
    }

    public void Finished(long rows)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows read in {time.GetElapsedTime(_started).TotalSeconds:0.0} s"));
        output.Flush();
    }
}
