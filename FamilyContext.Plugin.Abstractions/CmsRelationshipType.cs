namespace FamilyContext.Plugin.Abstractions;

/// <summary>One way in which two people are related, in the CMS's words and normalised.</summary>
/// <param name="Code">The CMS's relationship code (never a numeric type id, which differs between sites).</param>
/// <param name="Wording">The CMS's own description, shown to the worker, e.g. "Mother : Son".</param>
/// <param name="Normalised">The normalised type, from the site's mapping file.</param>
public sealed record CmsRelationshipType(string Code, string Wording, RelationshipType Normalised);
