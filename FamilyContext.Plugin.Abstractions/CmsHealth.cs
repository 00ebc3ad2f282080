namespace FamilyContext.Plugin.Abstractions;

/// <summary>An adapter's report of its own health, with no personal data in it.</summary>
/// <param name="Healthy">True when the CMS answered as expected.</param>
/// <param name="Description">A short description for administrators, e.g. "token endpoint returned 401".</param>
/// <param name="Elapsed">How long the check took.</param>
public sealed record CmsHealth(bool Healthy, string Description, TimeSpan Elapsed);
