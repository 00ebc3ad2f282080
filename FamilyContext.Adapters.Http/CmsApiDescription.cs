namespace FamilyContext.Adapters.Http;

/// <summary>
/// How one CMS's integration endpoint is laid out and how it writes its values. Each adapter declares its own
/// (documented in its README); a site may override any part through the adapter's settings.
/// Route templates are relative to the base URL and hold <c>{id}</c> where the CMS id goes.
/// </summary>
public sealed record CmsApiDescription
{
    /// <summary>One person, e.g. <c>persons/{id}</c>; answers 404 when the CMS holds no such person.</summary>
    public required string PersonRoute { get; init; }

    /// <summary>Every relationship row touching one person, paged, e.g. <c>persons/{id}/relationships</c>.</summary>
    public required string RelationshipsRoute { get; init; }

    /// <summary>One worker, e.g. <c>workers/{id}</c>; answers 404 when the CMS does not know the worker.</summary>
    public required string WorkerRoute { get; init; }

    /// <summary>The health call, e.g. <c>health</c>.</summary>
    public required string HealthRoute { get; init; }

    /// <summary>
    /// The exact formats the CMS writes dates in (.NET custom format strings, invariant culture), e.g. <c>yyyy-MM-dd</c>
    /// or <c>dd/MM/yyyy</c>. A date in no declared format, or one that two formats read differently, is never guessed.
    /// </summary>
    public required IReadOnlyList<string> DateFormats { get; init; }

    /// <summary>Restricted-flag values meaning restricted, e.g. <c>Y</c> (compared ignoring case and surrounding spaces).</summary>
    public required IReadOnlyList<string> RestrictedValues { get; init; }

    /// <summary>Restricted-flag values meaning not restricted, e.g. <c>N</c>. Any value in neither list is read as restricted.</summary>
    public required IReadOnlyList<string> NotRestrictedValues { get; init; }

    /// <summary>What an empty (or all-space) restricted flag means. Default: restricted.</summary>
    public RestrictedFlagMeaning BlankRestrictedFlag { get; init; } = RestrictedFlagMeaning.Restricted;

    /// <summary>What a restricted flag that is absent or null means. Default: restricted.</summary>
    public RestrictedFlagMeaning MissingRestrictedFlag { get; init; } = RestrictedFlagMeaning.Restricted;

    /// <summary>Fills <c>{id}</c> in <paramref name="template"/> with the escaped <paramref name="id"/>.</summary>
    public static string Resolve(string template, string id) =>
        template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);
}
