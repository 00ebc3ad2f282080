using System.Globalization;
using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Access;

/// <summary>
/// Records refusals (bad launches, CSRF failures, requests refused for speed or that could not be read) in the audit
/// trail without letting an attack flood it: each client address gets at most
/// <see cref="RateLimitOptions.RefusalRecordsPerMinute"/> records a minute; the rest are counted, and the count is written
/// as one summary record (no address: it may identify a person) once that minute is over and the next refusal arrives.
/// </summary>
internal sealed class RefusalAudit(AuditTrail audit, IOptions<RateLimitOptions> options, TimeProvider time)
{
    public const string SummaryAction = "refusals-counted";
    private const int MaximumAddresses = 10_000;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Records the refusal, or counts it if this address has had its share this minute. Never throws for the audit.</summary>
    public async Task RecordAsync(HttpContext http, AuditEntry refusal, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        List<Window> ended;
        bool record;
        lock (_gate)
        {
            ended = [.. _windows.Values.Where(w => now - w.Start >= Minute)];
            foreach (var window in ended)
            {
                _windows.Remove(window.Address);
            }

            // Past the cap, new addresses share one window, so a spread attack cannot grow memory either.
            var key = _windows.Count >= MaximumAddresses && !_windows.ContainsKey(address) ? "(many addresses)" : address;
            if (!_windows.TryGetValue(key, out var current))
            {
                _windows[key] = current = new Window(key, now);
            }

            record = current.Recorded < options.Value.RefusalRecordsPerMinute;
            if (record)
            {
                current.Recorded++;
            }
            else
            {
                current.Counted++;
            }
        }

        foreach (var window in ended.Where(w => w.Counted > 0))
        {
            await audit.TryRecordAsync(new AuditEntry(SummaryAction, AuditOutcomes.Rejected, null, Alert: true,
                Detail: string.Create(CultureInfo.InvariantCulture,
                    $"{window.Counted} more refusals from one address in the minute from {window.Start:yyyy-MM-ddTHH:mm:ssZ} were counted, not recorded one by one")),
                cancellationToken);
        }

        if (record)
        {
            await audit.TryRecordAsync(refusal, cancellationToken);
        }
    }

    private sealed class Window(string address, DateTimeOffset start)
    {
        public string Address { get; } = address;
        public DateTimeOffset Start { get; } = start;
        public int Recorded { get; set; }
        public int Counted { get; set; }
    }
}
