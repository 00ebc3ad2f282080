using System.Text.Json;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>Reads, from the audit trail, what this worker was shown the last time they opened this child's panel.</summary>
internal sealed class PanelHistory(IAuditStore store)
{
    /// <summary>The worker's last panel for this child in this system; null if there was none or it cannot be read.</summary>
    public async Task<PanelChanges?> LastShownAsync(PanelSession session, CancellationToken cancellationToken)
    {
        var cms = session.Cms.ToLowerInvariant();
        // Nearly always the newest record is the one (same system, allowed): read it alone, and twenty only when it is not.
        var newest = await PanelsShownAsync(session, 1, cancellationToken);
        if (newest.Count == 0)
        {
            return null;
        }

        var last = Matching(newest, cms) ?? Matching(await PanelsShownAsync(session, 20, cancellationToken), cms);
        return last is null ? null : Parse(last);
    }

    private Task<IReadOnlyList<AuditRecord>> PanelsShownAsync(PanelSession session, int limit, CancellationToken cancellationToken) =>
        store.SearchAsync(new AuditQuery(Actor: session.WorkerId, ChildId: session.ChildId, Action: AuditActions.PanelShown, Limit: limit), cancellationToken);

    private static AuditRecord? Matching(IReadOnlyList<AuditRecord> records, string cms) =>
        records.FirstOrDefault(r => r.Cms == cms && r.Outcome == AuditOutcomes.Allowed && r.Detail is not null);

    private static PanelChanges? Parse(AuditRecord record)
    {
        try
        {
            using var json = JsonDocument.Parse(record.Detail!);
            var previous = new Dictionary<string, IReadOnlyDictionary<string, FlagState>>(StringComparer.Ordinal);
            foreach (var person in json.RootElement.EnumerateArray())
            {
                if (person.TryGetProperty("person", out var id) && person.TryGetProperty("flags", out var flags))
                {
                    previous[id.GetString() ?? ""] = flags.EnumerateObject()
                        .Where(f => Enum.TryParse<FlagState>(f.Value.GetString(), out _))
                        .ToDictionary(f => f.Name, f => Enum.Parse<FlagState>(f.Value.GetString()!), StringComparer.Ordinal);
                }
            }

            return new PanelChanges(record.At, previous);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Not the shape a panel record has: nothing to compare with.
            return null;
        }
    }
}
