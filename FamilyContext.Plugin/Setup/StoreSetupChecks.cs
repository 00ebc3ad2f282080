using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// The shared state and stores: the shared session store (Redis, or memory for one instance), the record store, the audit
/// trail with its chain verified, and the access rules with at least one rule that permits.
/// </summary>
internal static class StoreSetupChecks
{
    private const string Area = "Stores";

    public static async Task<IReadOnlyList<SetupCheck>> RunAsync(IServiceProvider services, CancellationToken ct) =>
    [
        await ProbeAsync("Shared state", "The shared session store answered.",
            "Check FamilyContext:Cache:Redis and that Redis is running and reachable from this server.",
            () => services.GetRequiredService<IDistributedCache>().GetAsync("fc:setup-check", ct)),
        await ProbeAsync("Record store", "The record store answered.",
            "Check FamilyContext:Store:ConnectionString and that the database is running; its tables are created when the web service starts, so start it once after installing.",
            () => services.GetRequiredService<IRecordStore>().GetGenerationsAsync(ct)),
        await AuditAsync(services.GetRequiredService<IAuditStore>(), ct),
        await AccessAsync(services.GetRequiredService<IAccessRuleStore>(), services.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue, ct),
    ];

    private static async Task<SetupCheck> ProbeAsync(string name, string passed, string whatToDo, Func<Task> probe)
    {
        try
        {
            await probe();
            return SetupCheck.Passed(Area, name, passed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SetupCheck.Failed(Area, name, $"It could not be reached ({SetupCheck.Cause(e)}).", whatToDo);
        }
    }

    private static async Task<SetupCheck> AuditAsync(IAuditStore audit, CancellationToken ct)
    {
        const string whatToDo = "Check FamilyContext:Audit:ConnectionString; if the chain is broken, run \"audit verify\" and tell your information governance lead.";
        try
        {
            var verified = await AuditChain.VerifyAsync(audit.ReadAllAsync(ct), ct);
            return verified.Intact
                ? SetupCheck.Passed(Area, "Audit trail", $"{verified.RecordsChecked} records, chain intact up to its head {verified.Head ?? "(empty)"}.")
                : SetupCheck.Failed(Area, "Audit trail", $"The audit chain is broken at record {verified.BrokenAt}: {verified.Problem}", whatToDo);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SetupCheck.Failed(Area, "Audit trail", $"It could not be read ({SetupCheck.Cause(e)}).", whatToDo);
        }
    }

    private static async Task<SetupCheck> AccessAsync(IAccessRuleStore rules, AccessOptions configured, CancellationToken ct)
    {
        const string whatToDo = "Add a permit rule on the Access rules page for the group or workers who should see the panel.";
        try
        {
            var all = await rules.ListAsync(ct);
            var count = all.Count + configured.Rules.Count;
            var permits = all.Count(r => r.Effect == AccessEffect.Permit) + configured.Rules.Count(r => r.Effect == AccessEffect.Permit);
            return permits > 0
                ? SetupCheck.Passed(Area, "Access rules", $"{count} rules (settings and the Access rules page), {permits} of them permit.")
                : SetupCheck.Warning(Area, "Access rules", $"{count} rules and none permits: no one can open the panel.", whatToDo);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SetupCheck.Failed(Area, "Access rules", $"They could not be read ({SetupCheck.Cause(e)}).",
                "Check FamilyContext:Access:ConnectionString and that the database is running.");
        }
    }
}
