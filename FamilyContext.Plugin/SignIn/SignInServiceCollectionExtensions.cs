using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilyContext.Plugin.SignIn;

/// <summary>Registers staff sign-in: the OpenID Connect client, the staff cookie, and the staff page policies.</summary>
internal static class SignInServiceCollectionExtensions
{
    public const string StaffCookie = "__Host-fc-staff";

    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>()
            .Bind(configuration.GetSection(SignInOptions.SectionName))
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.ClientId), $"{SignInOptions.SectionName}:ClientId is required when Authority is set.")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.ClientSecret), $"{SignInOptions.SectionName}:ClientSecret is required when Authority is set.")
            .Validate(o => !o.Enabled || o.Authority!.Scheme == Uri.UriSchemeHttps || (!o.RequireHttpsMetadata && o.Authority.IsLoopback),
                $"{SignInOptions.SectionName}:Authority must be https (http only for a loopback test provider with RequireHttpsMetadata false).")
            .Validate(o => o.Scopes.Split(' ').Contains("openid"), $"{SignInOptions.SectionName}:Scopes must include openid.")
            .Validate(o => o.SessionLifetime > TimeSpan.Zero && o.SessionLifetime <= TimeSpan.FromHours(24), $"{SignInOptions.SectionName}:SessionLifetime must be more than 0 and at most 24 hours.")
            .ValidateOnStart();
        services.AddHttpClient(nameof(OidcClient), c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<OidcClient>();
        services.AddAuthentication(StaffClaims.Scheme).AddCookie(StaffClaims.Scheme, o =>
        {
            o.Cookie.Name = StaffCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            // Lax, not Strict: the provider's redirect back to us is a cross-site navigation that must carry it onwards.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/signin";
            o.ReturnUrlParameter = "returnUrl";
            o.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(StaffClaims.Scheme)
            .Configure<Microsoft.Extensions.Options.IOptions<SignInOptions>>((cookie, signIn) => cookie.ExpireTimeSpan = signIn.Value.SessionLifetime);
        services.AddAuthorization(StaffPolicies.Add);
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, StaffAuthorizationResultHandler>());
        return services;
    }
}
