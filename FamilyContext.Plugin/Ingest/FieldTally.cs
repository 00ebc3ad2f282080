namespace FamilyContext.Plugin.Ingest;

/// <summary>For one field: in how many loaded rows it has a value, and in how many of those the value is valid.</summary>
internal sealed class FieldTally(string field)
{
    public string Field { get; } = field;

    public long Present { get; set; }

    public long Valid { get; set; }

    public DateOnly? Earliest { get; private set; }

    public DateOnly? Latest { get; private set; }

    public void Saw(DateOnly date)
    {
        Earliest = Earliest is { } e && e <= date ? e : date;
        Latest = Latest is { } l && l >= date ? l : date;
    }
}
