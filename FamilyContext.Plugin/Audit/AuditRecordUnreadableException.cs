namespace FamilyContext.Plugin.Audit;

/// <summary>A stored record holds a value no writer of the trail could have written (e.g. a time that is not a time): it was changed.</summary>
public sealed class AuditRecordUnreadableException(long sequence, string field)
    : Exception($"Record {sequence} has a {field} that cannot be read.")
{
    public long Sequence { get; } = sequence;

    public string Field { get; } = field;
}
