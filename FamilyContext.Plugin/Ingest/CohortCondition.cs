namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// One test of a record: a field, an operator and a value.
/// Fields: <c>involvement</c>, <c>startDate</c>, <c>endDate</c>, <c>person.{field}</c> or <c>fields.{key}</c> (the
/// value after the mapping's value maps, e.g. "Case open").
/// Operators: <c>is</c>, <c>isNot</c>, <c>in</c>, <c>notIn</c> (values separated by <c>|</c>), <c>present</c>,
/// <c>empty</c>, <c>onOrAfter</c>, <c>before</c> (a date yyyy-mm-dd, a year, or a time before the extract's
/// current-as-of date such as "12 months", "6 weeks", "2 years"), <c>withinLast</c> (the same relative time).
/// </summary>
internal sealed class CohortCondition
{
    public string Field { get; set; } = "";

    public string Operator { get; set; } = "";

    public string? Value { get; set; }
}
