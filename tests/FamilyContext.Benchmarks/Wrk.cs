using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FamilyContext.Benchmarks;

/// <summary>Runs wrk (Debian package <c>wrk</c>) and reads its throughput and latency percentiles.</summary>
internal static partial class Wrk
{
    // A response slower than wrk's 2-second default on a busy machine is slow, not failed: only past 10 s is it a socket error.
    public static async Task<WrkResult> RunAsync(Uri url, string cookie, int seconds, int connections = 16)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { $"-t{Math.Min(2, connections)}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency", "-H", $"Cookie: {cookie}", url.ToString() })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start: install the Debian package 'wrk'.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Console.WriteLine(output);
        if (NonSuccess().Match(output) is { Success: true } bad)
        {
            throw new InvalidOperationException($"wrk saw failed responses ({bad.Value.Trim()}): the run is not valid.");
        }

        if (SocketErrors().Match(output) is { Success: true } errors)
        {
            throw new InvalidOperationException($"wrk saw socket errors ({errors.Value.Trim()}): the run is not valid.");
        }

        return new WrkResult(
            connections,
            long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(Percentile(50).Match(output)),
            Milliseconds(Percentile(99).Match(output)));
    }

    private static Regex Percentile(int p) => new($@"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);

    private static double Milliseconds(Match m)
    {
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: .*")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();
}

internal sealed record WrkResult(int Connections, long Requests, double RequestsPerSecond, double P50, double P99)
{
    public string Row(string name) => string.Create(CultureInfo.InvariantCulture, $"| {name} | {Connections} | {RequestsPerSecond:N0} | {P50:F2} | {P99:F2} |");
}
