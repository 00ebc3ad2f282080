using System.Net;
using System.Security.Cryptography;
using FamilyContext.Plugin.Settings;
using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// Staff sign-in: the provider's discovery document reachable and naming the configured authority as its issuer, and the
/// redirect URI this service sends accepted by the provider for the client id (asked as a browser would, not followed).
/// </summary>
internal static class SignInSetupChecks
{
    public const string HttpClientName = "setup-checks";
    private const string Area = "Access";

    public static async Task<IReadOnlyList<SetupCheck>> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<SignInOptions>>().Value;
        if (options.Authority is not { } authority)
        {
            return [SetupCheck.Warning(Area, "Sign-in", "Staff sign-in is not configured, so the admin pages, the look-up page and the reports cannot be opened.",
                "Set FamilyContext:SignIn:Authority, ClientId and ClientSecret to the council's OpenID Connect provider.")];
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var discovery = new Uri(authority.ToString().TrimEnd('/') + "/.well-known/openid-configuration");
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await OpenIdConnectConfigurationRetriever.GetAsync(discovery.ToString(),
                new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The library's message quotes the provider's answer; the page gives the status, or what kind of failure it was.
            return [Discovery(SetupStatus.Failed, StatusOf(e) is { } status
                ? $"{discovery} answered HTTP {status}."
                : $"{discovery} could not be read ({(e.InnerException ?? e).GetType().Name}).")];
        }

        if (!string.Equals(configuration.Issuer?.TrimEnd('/'), authority.ToString().TrimEnd('/'), StringComparison.Ordinal))
        {
            return [Discovery(SetupStatus.Failed, $"The discovery document names the issuer \"{configuration.Issuer}\", not the configured authority \"{authority}\".")];
        }

        if (string.IsNullOrEmpty(configuration.AuthorizationEndpoint) || string.IsNullOrEmpty(configuration.TokenEndpoint))
        {
            return [Discovery(SetupStatus.Failed, "The discovery document lacks its authorization or token endpoint.")];
        }

        var authorizationEndpoint = configuration.AuthorizationEndpoint;
        return [Discovery(SetupStatus.Passed, $"{discovery} answered and names the configured authority as its issuer."),
            await RedirectUriAsync(services, http, options, new Uri(authorizationEndpoint), ct)];
    }

    private static SetupCheck Discovery(SetupStatus status, string finding) => status == SetupStatus.Passed
        ? SetupCheck.Passed(Area, "Sign-in provider", finding)
        : SetupCheck.Failed(Area, "Sign-in provider", finding,
            "Check FamilyContext:SignIn:Authority: it must be the provider's issuer exactly, reachable from this server, with its discovery document under /.well-known/openid-configuration.");

    /// <summary>
    /// Starts a sign-in at the provider without following it: a provider redirects (to its login page, or back with an
    /// error) only for a redirect URI registered for the client, and answers a client error otherwise.
    /// </summary>
    private static async Task<SetupCheck> RedirectUriAsync(IServiceProvider services, HttpClient http, SignInOptions options, Uri authorizationEndpoint, CancellationToken ct)
    {
        const string name = "Sign-in redirect URI";
        if (PublicAddress.Of(services.GetRequiredService<IConfiguration>()) is not { } publicUrl)
        {
            return SetupCheck.Warning(Area, name, "The redirect URI depends on the public address, which is not set.",
                "Set FamilyContext:Hosting:PublicUrl; the redirect URI to register is that address followed by " + StaffOpenIdConnect.CallbackPath + ".");
        }

        var redirectUri = new Uri(publicUrl, StaffOpenIdConnect.CallbackPath).ToString();
        var request = QueryHelpers.AddQueryString(authorizationEndpoint.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = options.ClientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid",
            ["state"] = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)),
            ["nonce"] = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)),
            ["code_challenge"] = WebEncoders.Base64UrlEncode(SHA256.HashData(RandomNumberGenerator.GetBytes(32))),
            ["code_challenge_method"] = "S256",
        });
        try
        {
            using var response = await http.GetAsync(request, ct);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 300 and < 400 => SetupCheck.Passed(Area, name, $"The provider accepts {redirectUri} for client id {options.ClientId}."),
                >= 400 and < 500 => SetupCheck.Failed(Area, name,
                    $"The provider refused a sign-in for client id {options.ClientId} with the redirect URI {redirectUri} (HTTP {status}).",
                    $"Register {redirectUri} exactly as a redirect URI of client {options.ClientId} at the provider, and check FamilyContext:SignIn:ClientId and FamilyContext:Hosting:PublicUrl."),
                _ => SetupCheck.Warning(Area, name,
                    $"The provider answered HTTP {status} to a sign-in with the redirect URI {redirectUri}, so whether it is registered could not be told.",
                    $"Make sure {redirectUri} is registered exactly as a redirect URI of client {options.ClientId}, then sign in to try it."),
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return SetupCheck.Failed(Area, name, $"The provider's authorization endpoint could not be reached ({e.GetType().Name}).",
                "Check that this server can reach the provider's authorization endpoint.");
        }
    }

    private static int? StatusOf(Exception e) =>
        (e.Data[HttpDocumentRetriever.StatusCode] ?? e.InnerException?.Data[HttpDocumentRetriever.StatusCode]) is HttpStatusCode code ? (int)code : null;

    /// <summary>The client the setup checks call other systems with: a short limit, and redirects reported, not followed.</summary>
    public static IServiceCollection AddSetupChecks(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All });
        return services;
    }
}
