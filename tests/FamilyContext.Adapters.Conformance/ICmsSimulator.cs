namespace FamilyContext.CmsSimulators;

/// <summary>A CMS integration endpoint served on loopback over real HTTP, serving <see cref="SeedFamily"/>.</summary>
public interface ICmsSimulator : IAsyncDisposable
{
    /// <summary>Base URL of the integration endpoint, ending in "/".</summary>
    Uri BaseUrl { get; }

    /// <summary>The OAuth 2.0 token endpoint.</summary>
    Uri TokenUrl { get; }

    string ClientId { get; }

    string ClientSecret { get; }

    SimulatorSwitches Switches { get; }

    SimulatorLog Log { get; }

    /// <summary>The vendor's code and wording for a seeded relation.</summary>
    (string Code, string Description) Describe(SeedRelation relation);

    /// <summary>Serves each code from <see cref="SeedFamily.CodeSampler"/>, held from each side (see <see cref="ServedCode"/>).</summary>
    IReadOnlyList<ServedCode> ServeCodes(IEnumerable<(string Code, string? Description)> codes);

    /// <summary>Makes every token issued so far invalid, as if it had expired.</summary>
    void ExpireIssuedTokens();
}
