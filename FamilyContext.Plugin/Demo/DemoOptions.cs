namespace FamilyContext.Plugin.Demo;

/// <summary>The embedded demo (configuration section <c>FamilyContext:Demo</c>).</summary>
public sealed class DemoOptions
{
    public const string SectionName = "FamilyContext:Demo";

    /// <summary>Serve the synthetic council, the <c>/demo</c> page and the demo CMS. On by default; turn off in production.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The generator's seed: the same seed gives the same council.</summary>
    public int Seed { get; set; } = 20211;

    /// <summary>How many households to generate; each holds one or more children.</summary>
    public int Households { get; set; } = 650;

    /// <summary>The day the generator counts ages from, so the council is the same whenever it is generated.</summary>
    public DateOnly AnchorDate { get; set; } = new(2026, 9, 1);

    /// <summary>The demo CMS database. Default: <c>.data/demo-cms.db</c> under the app's folder.</summary>
    public string? CmsConnectionString { get; set; }

    /// <summary>
    /// A PEM file holding the demo CMS's EC P-256 private key. When more than one instance serves the demo (scripts/cluster.sh),
    /// each reads the same key, so a link minted by one opens on another. Default: a key made fresh at every start.
    /// </summary>
    public string? LaunchKeyFile { get; set; }

    /// <summary>Services whose source starts switched off, to show Unavailable (the /demo page can switch them too).</summary>
    public List<string> UnavailableServices { get; set; } = [];
}
