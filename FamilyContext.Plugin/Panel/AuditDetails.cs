using System.Text.Json;
using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Panel;

/// <summary>What the audit trail notes about what was shown: person ids and flag states, never names.</summary>
internal static class AuditDetails
{
    public static (string Action, string Detail) Panel(PanelView view) => (AuditActions.PanelShown, JsonSerializer.Serialize(
        view.People.Select(p => p.Restricted
            ? (object)new { person = p.PersonId, restricted = true }
            : new { person = p.PersonId, flags = p.Flags.ToDictionary(f => f.ServiceId, f => f.State.ToString()) })));

    public static (string Action, string Detail) Detail(DetailView view) => (AuditActions.DetailOpened, JsonSerializer.Serialize(new
    {
        state = view.Check.Flag.State.ToString(),
        records = view.Check.Records.Select(r => r.Record.RecordId),
    }));
}
