using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.SignIn;

/// <summary>Registers staff sign-in: the framework's OpenID Connect handler (<see cref="StaffOpenIdConnect"/>), the staff cookie, and the staff page policies.</summary>
internal static class SignInServiceCollectionExtensions
{
    public const string StaffCookie = "__Host-fc-staff";

    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>()
            .Bind(configuration.GetSection(SignInOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidator>();
        var authentication = services.AddAuthentication(StaffClaims.Scheme);
        // The framework's handler is registered only when a provider is configured: it checks its settings on every request.
        if (configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>()?.Enabled == true)
        {
            services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, StaffOpenIdConnect>();
            authentication.AddOpenIdConnect(StaffOpenIdConnect.Scheme, _ => { });
        }

        authentication.AddCookie(StaffClaims.Scheme, o =>
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
