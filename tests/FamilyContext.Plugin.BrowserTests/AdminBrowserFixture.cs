using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>The browser fixture with staff sign-in: a real OpenID provider whose client redirects back to the service's address.</summary>
public sealed class AdminBrowserFixture : BrowserFixture
{
    public OidcProviderFixture Provider { get; private set; } = default!;

    protected override async Task<IReadOnlyDictionary<string, string?>> BeforeStartAsync(Uri baseAddress)
    {
        Provider = OidcProviderFixture.For(new Uri(baseAddress, "/signin/callback").ToString());
        await Provider.InitializeAsync();
        return Provider.Settings;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
