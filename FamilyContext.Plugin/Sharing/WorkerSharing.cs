namespace FamilyContext.Plugin.Sharing;

/// <summary>The sharing rules in force, as they apply to one worker's groups, for one request.</summary>
public sealed class WorkerSharing(IReadOnlyList<SharingRule> rules, IReadOnlyCollection<string> workerGroups)
{
    public static readonly WorkerSharing Everything = new([], []);

    /// <summary>The rule that keeps this service from the worker, or null when it is shared with them.</summary>
    public SharingRule? Refusing(string serviceId) =>
        rules.FirstOrDefault(r => string.Equals(r.ServiceId, serviceId, StringComparison.OrdinalIgnoreCase) && r.Excludes(workerGroups));

    /// <summary>The rule that asks for a reason before this service's details open, or null when none does.</summary>
    public SharingRule? AskingReason(string serviceId) =>
        rules.FirstOrDefault(r => string.Equals(r.ServiceId, serviceId, StringComparison.OrdinalIgnoreCase) && r.RequireReason);

    /// <summary>What a worker outside the rule reads: "Not shared with your team — ask …".</summary>
    public static string NotSharedText(SharingRule rule) =>
        $"Not shared with your team — ask {(string.IsNullOrWhiteSpace(rule.Ask) ? "your information governance team" : rule.Ask)}";
}
