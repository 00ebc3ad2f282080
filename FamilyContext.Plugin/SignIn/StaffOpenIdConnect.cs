using System.Security.Claims;
using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.SignIn;

/// <summary>
/// Staff sign-in on the framework's OpenID Connect handler: code flow with PKCE (S256), state and nonce, answered by query
/// to <see cref="CallbackPath"/>; the id_token checked against the provider's published keys with asymmetric algorithms only,
/// by the service's clock. What this class adds: the <c>__Host-</c> cookies, the audience/azp and subject rules, the mapping
/// of the provider's role and group claims to the staff principal, and the audit (and alert) of every sign-in and refusal.
/// </summary>
internal sealed partial class StaffOpenIdConnect(IOptions<SignInOptions> signIn, TimeProvider time) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public const string Scheme = "staff-oidc";
    public const string CallbackPath = "/signin/callback";
    public const string ProviderRefused = "the provider refused the sign-in";

    /// <summary>The only id_token algorithms accepted: never <c>none</c>, never a shared-secret (HMAC) one.</summary>
    public static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name != Scheme)
        {
            return;
        }

        var o = signIn.Value;
        options.Authority = o.Authority?.ToString();
        options.RequireHttpsMetadata = o.RequireHttpsMetadata;
        options.ClientId = o.ClientId;
        options.ClientSecret = o.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in o.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            options.Scope.Add(scope);
        }

        options.CallbackPath = CallbackPath;
        options.SignInScheme = StaffClaims.Scheme;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;
        options.SkipUnrecognizedRequests = false;
        options.RemoteAuthenticationTimeout = o.SignInTimeout;
        options.BackchannelTimeout = TimeSpan.FromSeconds(15);
        // The state cookies' expiry is judged by the browser's clock and the nonce's age by the protocol validator's (both
        // the system clock): the handler uses the system clock too. The id_token's lifetime is judged by the service's clock (below).
        options.TimeProvider = TimeProvider.System;
        options.CorrelationCookie = HostCookie(options.CorrelationCookie, "__Host-fc-signin-correlation.");
        options.NonceCookie = HostCookie(options.NonceCookie, "__Host-fc-signin-nonce.");
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = o.ClientId,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) => TokenLifetime.IsCurrent(notBefore, expires, time.GetUtcNow().UtcDateTime, o.ClockSkew),
        };
        options.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = TokenValidatedAsync,
            OnTicketReceived = TicketReceivedAsync,
            OnRemoteFailure = RemoteFailureAsync,
        };
    }

    /// <summary>The rules the framework leaves to the application, then the staff principal the cookie will hold.</summary>
    internal static string? Refusal(ClaimsPrincipal idToken, string clientId)
    {
        var audiences = idToken.FindAll("aud").Select(c => c.Value).ToList();
        if (audiences.Count > 1 && idToken.FindFirst("azp")?.Value != clientId)
        {
            return "id_token has several audiences and this service is not its authorized party";
        }

        return idToken.FindFirst("sub")?.Value is { Length: > 0 and <= 256 } ? null : "id_token has no usable subject";
    }

    private static CookieBuilder HostCookie(CookieBuilder cookie, string name)
    {
        // __Host-: Secure, path /, no domain. Lax: it must come back with the provider's top-level redirect to the callback.
        cookie.Name = name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.HttpOnly = true;
        cookie.IsEssential = true;
        return cookie;
    }

    private static Task TokenValidatedAsync(TokenValidatedContext context)
    {
        if (Refusal(context.Principal!, context.Options.ClientId!) is { } reason)
        {
            context.Fail(new SignInRejectedException(reason));
            return Task.CompletedTask;
        }

        var access = context.HttpContext.RequestServices.GetRequiredService<AccessPolicy>();
        var accessOptions = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue;
        var idToken = context.Principal!;
        var roles = access.RolesFor(idToken.FindAll(accessOptions.RoleClaim).Select(c => c.Value));
        var groups = idToken.FindAll(accessOptions.GroupClaim).Select(c => c.Value)
            .Where(g => g.Length is > 0 and <= 256 && !g.Any(char.IsControl)).Distinct(StringComparer.OrdinalIgnoreCase).Take(200);
        context.Principal = StaffClaims.Principal(idToken.FindFirst("sub")!.Value, idToken.FindFirst("name")?.Value, roles, groups);
        return Task.CompletedTask;
    }

    private static async Task TicketReceivedAsync(TicketReceivedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal!;
        await services.GetRequiredService<AuditTrail>().TryRecordAsync(new AuditEntry(AuditActions.SignedIn, AuditOutcomes.Allowed,
            StaffClaims.SubjectOf(principal), Detail: string.Join(",", principal.FindAll(StaffClaims.Role).Select(c => c.Value))), context.HttpContext.RequestAborted);
        var logger = services.GetRequiredService<ILogger<StaffOpenIdConnect>>();
        SignedIn(logger);
    }

    /// <summary>Every refused response: logged and audited with a short reason (never a token), alerted unless the provider itself refused.</summary>
    private static async Task RemoteFailureAsync(RemoteFailureContext context)
    {
        var services = context.HttpContext.RequestServices;
        var reason = ReasonFor(context.Failure);
        var logger = services.GetRequiredService<ILogger<StaffOpenIdConnect>>();
        Rejected(logger, reason);
        await services.GetRequiredService<AuditTrail>().TryRecordAsync(new AuditEntry(AuditActions.SignInRejected, AuditOutcomes.Rejected, null,
            Detail: reason, Alert: reason != ProviderRefused), context.HttpContext.RequestAborted);
        context.HandleResponse();
        await ErrorReplies.Page(new PanelFailure(StatusCodes.Status401Unauthorized, "You could not be signed in",
            "Family Context could not confirm who you are.", "Go back to Family Context and sign in again."), framed: false).ExecuteAsync(context.HttpContext);
    }

    /// <summary>A short, fixed reason for what the handler refused; the handler's own messages can carry what the provider sent.</summary>
    internal static string ReasonFor(Exception? failure) => failure switch
    {
        SignInRejectedException rejected => rejected.Reason,
        OpenIdConnectProtocolInvalidNonceException => "nonce does not match",
        OpenIdConnectProtocolException e when e.Message.StartsWith("Message contains error", StringComparison.Ordinal) => ProviderRefused,
        SecurityTokenException e => $"id_token refused ({e.GetType().Name})",
        { Message: var m } when m.StartsWith("Correlation failed", StringComparison.Ordinal) => "no sign-in was started in this browser",
        { Message: var m } when m.Contains("state", StringComparison.OrdinalIgnoreCase) => "state does not match",
        { Message: var m } when m.StartsWith("Access was denied", StringComparison.Ordinal) => ProviderRefused,
        null => "refused",
        _ => $"refused ({failure.GetType().Name})",
    };

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Staff member signed in")]
    private static partial void SignedIn(ILogger logger);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Staff sign-in refused: {Reason}")]
    private static partial void Rejected(ILogger logger, string reason);
}
