namespace FamilyContext.Plugin.Sharing;

/// <summary>Checks the sharing rules on every request (from the store's memory while the database is unchanged), so a change made on any instance applies at once.</summary>
internal sealed class SharingPolicy(ISharingRuleStore store)
{
    public const int MaximumReasonLength = 200;

    public async Task<WorkerSharing> ForAsync(IReadOnlyCollection<string> workerGroups, CancellationToken cancellationToken) =>
        new(await store.ListAsync(cancellationToken), workerGroups);

    /// <summary>"sharing rule 2: police shared only with groups police-liaison" — the audit record's reason for a refusal.</summary>
    public static string RefusalReason(SharingRule rule) =>
        $"sharing rule {rule.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {rule.Describe()}";

    /// <summary>A reason a worker gave, trimmed, or null when it is empty, too long or not on one line.</summary>
    public static string? Reason(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaximumReasonLength || trimmed.Any(char.IsControl) ? null : trimmed;
    }
}
