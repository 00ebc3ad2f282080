namespace FamilyContext.Plugin.Abstractions;

/// <summary>A postal address as the CMS holds it.</summary>
/// <param name="Line1">First line, e.g. house number and street.</param>
/// <param name="Line2">Second line, optional.</param>
/// <param name="Town">Town or city.</param>
/// <param name="Postcode">UK postcode, as recorded.</param>
/// <param name="Uprn">Unique Property Reference Number, where known.</param>
public sealed record CmsAddress(string? Line1, string? Line2, string? Town, string? Postcode, string? Uprn = null);
