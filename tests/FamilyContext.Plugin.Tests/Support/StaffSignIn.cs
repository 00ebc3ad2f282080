using System.Net;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Signs a member of staff in to the service through the real provider, as their browser would.</summary>
public static class StaffSignIn
{
    public static async Task<HttpResponseMessage> SignInAsync(this OidcProviderFixture provider, HttpClient browser, string subject, string[] roles,
        string[]? groups = null, string returnUrl = "/find")
    {
        await provider.NextLoginAsync(subject, "Test Staff", roles, groups);
        var start = await browser.GetAsync(new Uri($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var callback = await provider.AuthorizeAsync(start.Headers.Location!);
        return await browser.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));
    }

    /// <summary>Points the service at the provider.</summary>
    public static void Configure(this OidcProviderFixture provider, PluginFactory factory)
    {
        foreach (var (key, value) in provider.Settings)
        {
            factory.Settings[key] = value;
        }
    }
}
