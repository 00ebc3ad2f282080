namespace FamilyContext.Plugin.Abstractions;

/// <summary>Gender as recorded in the common data model.</summary>
public enum Gender
{
    /// <summary>Not recorded or not known.</summary>
    Unknown = 0,
    /// <summary>Female.</summary>
    Female,
    /// <summary>Male.</summary>
    Male,
    /// <summary>Recorded, but neither female nor male.</summary>
    Other,
}
