using System.Text;
using FamilyContext.Plugin.Ingest;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>The plain progress lines written when the output is a log or a pipe.</summary>
public sealed class LineProgressTests
{
    [Fact]
    public void Each_progress_line_leaves_the_process_as_soon_as_it_is_written_even_through_a_buffering_writer()
    {
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
        var progress = new LineProgress(writer, TimeProvider.System, TimeSpan.Zero);

        progress.Report(1_024, 50, 100);

        Assert.StartsWith("1,024 rows read (50%)", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_line_leaves_the_process_as_soon_as_it_is_written()
    {
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
        var progress = new LineProgress(writer, TimeProvider.System, TimeSpan.FromHours(1));

        progress.Finished(2_000);

        Assert.StartsWith("2,000 rows read in ", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
