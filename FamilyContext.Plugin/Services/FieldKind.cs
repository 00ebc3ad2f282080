namespace FamilyContext.Plugin.Services;

/// <summary>How a service-specific field is shown in the expanded view.</summary>
public enum FieldKind
{
    Text,
    Date,
    Phone,
    Email,
    /// <summary>Case open / Case closed / No record style status.</summary>
    Status,
    /// <summary>A list of rows (e.g. safeguarding offences); <see cref="FieldDefinition.Columns"/> names the columns.</summary>
    Table,
    /// <summary>Yes or no.</summary>
    YesNo,
}
