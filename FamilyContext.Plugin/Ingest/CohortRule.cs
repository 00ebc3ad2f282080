namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// One cohort rule of a service (<c>FamilyContext:Ingest:Services:{id}:Cohort</c>): a record is kept only when it
/// meets every rule, and meets a rule when any one of its conditions holds. Rules are data, not code (DESIGN.md 3.2).
/// </summary>
internal sealed class CohortRule
{
    /// <summary>What the rule keeps, in the report's words, e.g. "A support plan in the coverage period".</summary>
    public string Name { get; set; } = "";

    public List<CohortCondition> AnyOf { get; set; } = [];
}
