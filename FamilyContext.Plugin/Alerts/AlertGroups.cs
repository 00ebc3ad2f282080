using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Alerts;

/// <summary>
/// Decides which alerts go out by webhook and email. An alert whose kind — same action, same person, same cause — was
/// sent within the window is counted, not sent; the next one after the window goes out with the count so far. A storm of
/// refusals is one message, not one per request. Every alert is still in the audit trail and on the Alerts page.
/// </summary>
internal sealed class AlertGroups
{
    private readonly Dictionary<(string Action, string? Actor, string? Cause), Group> _groups = [];
    private readonly Lock _lock = new();

    /// <summary>The message to send for <paramref name="record"/>, or null when it only adds to a group's count.</summary>
    public AlertMessage? Add(AuditRecord record, TimeSpan window)
    {
        var key = (record.Action, record.Actor, AlertWording.Cause(record));
        lock (_lock)
        {
            Prune(record.At, window);
            if (!_groups.TryGetValue(key, out var group))
            {
                _groups[key] = group = new Group(record.At);
            }

            group.Count++;
            group.LastSeen = record.At;
            if (group.Count > 1 && record.At - group.LastSent < window)
            {
                return null;
            }

            group.LastSent = record.At;
            return AlertMessage.From(record, group.Count, group.First);
        }
    }

    // A group quiet for longer than the window starts again from one; the table never grows without bound.
    private void Prune(DateTimeOffset now, TimeSpan window)
    {
        foreach (var key in _groups.Where(g => now - g.Value.LastSeen > window).Select(g => g.Key).ToList())
        {
            _groups.Remove(key);
        }

        if (_groups.Count > 10_000)
        {
            _groups.Clear();
        }
    }

    private sealed class Group(DateTimeOffset first)
    {
        public DateTimeOffset First { get; } = first;

        public DateTimeOffset LastSent { get; set; } = first;

        public DateTimeOffset LastSeen { get; set; } = first;

        public int Count { get; set; }
    }
}
