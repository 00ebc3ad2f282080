namespace FamilyContext.Plugin.Services;

/// <summary>One service-specific field of a service record (DESIGN.md 3.1).</summary>
public sealed class FieldDefinition
{
    /// <summary>Key in the record's details, e.g. <c>rentArrears</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Label shown to the worker, e.g. "Rent arrears over 6 weeks".</summary>
    public string Label { get; set; } = "";

    public FieldKind Kind { get; set; } = FieldKind.Text;

    /// <summary>For <see cref="FieldKind.Table"/>: column keys and labels, in order, as "key:Label".</summary>
    public List<string> Columns { get; set; } = [];
}
