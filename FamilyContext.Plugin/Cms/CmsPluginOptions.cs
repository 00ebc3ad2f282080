namespace FamilyContext.Plugin.Cms;

/// <summary>Where one CMS adapter plug-in is (section <c>FamilyContext:Cms:Plugins:{system}</c>).</summary>
public sealed class CmsPluginOptions
{
    /// <summary>The adapter's assembly name (its .dll beside the service's), or the path of its .dll, absolute or relative to the service's folder.</summary>
    public string? Assembly { get; set; }

    /// <summary>The full name of the adapter's public <c>ICmsAdapterRegistration</c> class.</summary>
    public string? EntryPoint { get; set; }
}
