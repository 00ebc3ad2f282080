namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original Family Context API, served for its reference user interface and existing integrations
/// (configuration section <c>FamilyContext:OriginalApi</c>). Off by default. It exposes personal data to other
/// systems, so every request must carry one of the configured client keys: <c>Authorization: Bearer KEY</c>, or the
/// original API's <c>FCSESSIONID</c> cookie set to the key. Only the keys' SHA-256 hashes are configured.
/// </summary>
public sealed class OriginalApiOptions
{
    public const string SectionName = "FamilyContext:OriginalApi";

    /// <summary>Serve the API under <c>/api</c>. Off by default; needs at least one client.</summary>
    public bool Enabled { get; set; }

    /// <summary>The systems allowed to call, by name (used in logs), each with the SHA-256 (hex) of its key.</summary>
    public Dictionary<string, OriginalApiClient> Clients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Search results per page when the request does not say. Default 20.</summary>
    public int DefaultResultsPerPage { get; set; } = 20;

    /// <summary>The most search results one page may hold. Default 100.</summary>
    public int MaximumResultsPerPage { get; set; } = 100;
}
