namespace FamilyContext.Plugin.Sharing;

/// <summary>
/// An information governance decision reflecting a data-sharing agreement: one service's details are shared only with the
/// named groups (when <see cref="Groups"/> is not empty), and/or open only once the worker gives a reason.
/// </summary>
/// <param name="Id">The rule's number.</param>
/// <param name="ServiceId">The service it limits.</param>
/// <param name="Groups">The groups it is shared with, comma-separated as entered; empty when any permitted worker may see it.</param>
/// <param name="RequireReason">Whether a worker gives a reason before the service's details open.</param>
/// <param name="Ask">Whom a worker outside the groups should ask, shown to them ("the Police data protection officer, 0161 496 0000").</param>
/// <param name="Note">Why, e.g. the agreement's name.</param>
/// <param name="CreatedBy">Who set it.</param>
/// <param name="CreatedAt">When.</param>
public sealed record SharingRule(long Id, string ServiceId, string Groups, bool RequireReason, string? Ask, string? Note, string CreatedBy, DateTimeOffset CreatedAt)
{
    public IReadOnlyList<string> GroupList => [.. Groups.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Whether a worker in these groups is outside this rule's groups (never, when it names none).</summary>
    public bool Excludes(IReadOnlyCollection<string> workerGroups)
    {
        var groups = GroupList;
        return groups.Count > 0 && !groups.Any(g => workerGroups.Contains(g, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"police shared only with groups police-liaison, mash; reason required" — for the audit trail and refusals.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (GroupList.Count > 0)
        {
            parts.Add($"shared only with groups {string.Join(", ", GroupList)}");
        }

        if (RequireReason)
        {
            parts.Add("reason required");
        }

        return $"{ServiceId} {string.Join("; ", parts)}";
    }
}
