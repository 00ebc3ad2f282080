namespace FamilyContext.CmsSimulators;

/// <summary>
/// A person's restricted flag as the CMS holds it. Every simulator writes each in its own vendor's form: what the
/// adapter must make of <see cref="Blank"/> and <see cref="Missing"/> depends on the CMS, and the kit states it.
/// </summary>
public enum SeedFlag
{
    /// <summary>The vendor's value for restricted, e.g. "Y".</summary>
    Yes,

    /// <summary>The vendor's value for not restricted, e.g. "N".</summary>
    No,

    /// <summary>An empty string.</summary>
    Blank,

    /// <summary>No field at all.</summary>
    Missing,

    /// <summary>A value the vendor's documentation does not list.</summary>
    Unknown,
}
