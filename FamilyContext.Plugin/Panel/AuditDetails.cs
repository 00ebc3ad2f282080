using System.Text.Json;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>What the audit trail notes about what was shown: person ids, flag states and record ids, never names.</summary>
internal static class AuditDetails
{
    public static (string Action, string Detail) Panel(PanelView view) => (AuditActions.PanelShown, JsonSerializer.Serialize(
        view.People.Select(p => p.Restricted
            ? (object)new { person = p.PersonId, restricted = true }
            : new { person = p.PersonId, flags = p.Flags.ToDictionary(f => f.ServiceId, f => f.State.ToString()) })));

    /// <summary>The case note: the flags it summarises, by person, and the ids of the records whose contacts it gives.</summary>
    public static string Note(PanelView view, IEnumerable<string> recordIds) => JsonSerializer.Serialize(new
    {
        people = view.People.Where(p => !p.Restricted).Select(p => new { person = p.PersonId, flags = p.Flags.ToDictionary(f => f.ServiceId, f => f.State.ToString()) }),
        records = recordIds,
    });

    /// <summary>A detail opened, with the reason the worker gave when a sharing rule asked for one.</summary>
    public static (string Action, string Detail) Detail(DetailView view, string? reason = null) => (AuditActions.DetailOpened, reason is null
        ? Check(view.Check)
        : JsonSerializer.Serialize(new
        {
            state = view.Check.Flag.State.ToString(),
            records = view.Check.Records.Select(r => r.Record.RecordId),
            reason,
        }));

    /// <summary>One service's check: its state and the ids of the records shown.</summary>
    public static string Check(ServiceCheck check) => JsonSerializer.Serialize(new
    {
        state = check.Flag.State.ToString(),
        records = check.Records.Select(r => r.Record.RecordId),
    });

    /// <summary>Several services' checks: each service's state.</summary>
    public static string Flags(IEnumerable<ServiceCheck> checks) =>
        JsonSerializer.Serialize(new { flags = checks.ToDictionary(c => c.Flag.ServiceId, c => c.Flag.State.ToString()) });

    /// <summary>The people shown (ids only), and for a search how many were found in all.</summary>
    public static string People(IEnumerable<string> personIds, int? total = null) =>
        JsonSerializer.Serialize(new { people = personIds, total });
}
