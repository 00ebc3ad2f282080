using System.CommandLine;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Launch;
using Microsoft.Extensions.Configuration;

namespace FamilyContext.Plugin.Commands;

/// <summary>
/// <c>mint-launch-token</c>: signs a launch token as the CMS would, from a private key the administrator gives, to rehearse
/// or test an installation (or, with <c>--jwks</c>, prints the key's public half to register). It refuses to run in a
/// Production environment unless told <c>--allow-production</c>: a token it makes opens a real panel.
/// </summary>
internal static class MintLaunchTokenCommandLine
{
    public static Command Create(Func<string> environmentName)
    {
        var key = new Option<FileInfo>("--key") { Description = "The CMS's private signing key, PEM (EC P-256 for ES256, or RSA for RS256).", Required = true };
        var jwks = new Option<bool>("--jwks") { Description = "Print the key's public half as a JSON Web Key Set instead of a token." };
        var cms = new Option<string>("--cms") { Description = "The CMS's name under FamilyContext:Launch:Issuers, as in /launch/{cms}.", DefaultValueFactory = _ => "mosaic" };
        var issuer = new Option<string?>("--issuer") { Description = "The token's iss (default: the Issuer configured for --cms)." };
        var audience = new Option<string?>("--audience") { Description = "The token's aud (default: FamilyContext:Launch:Audience)." };
        var worker = new Option<string?>("--worker") { Description = "The worker's CMS id (sub)." };
        var child = new Option<string?>("--child") { Description = "The child's CMS id." };
        var groups = new Option<string[]>("--group") { Description = "A group the worker is in (repeat for more).", AllowMultipleArgumentsPerToken = false };
        var lifetime = new Option<int>("--lifetime") { Description = "Seconds the token lives.", DefaultValueFactory = _ => 120 };
        var clockOffset = new Option<int>("--clock-offset") { Description = "Seconds the simulated CMS clock runs ahead (negative: behind), to rehearse a clock fault." };
        var panelUrl = new Option<string?>("--panel-url") { Description = "Family Context's address: print the whole launch link rather than the token alone." };
        var allowProduction = new Option<bool>("--allow-production") { Description = "Run even though the environment is Production." };
        var command = new Command("mint-launch-token", "Sign a launch token as the CMS would, to rehearse or test an installation.")
        {
            key, jwks, cms, issuer, audience, worker, child, groups, lifetime, clockOffset, panelUrl, allowProduction,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var environment = environmentName();
            if (environment.Equals("Production", StringComparison.OrdinalIgnoreCase) && !parse.GetValue(allowProduction))
            {
                await error.WriteLineAsync("The environment is Production: a token minted here would open a real panel. " +
                    "Run this on a rehearsal or test install (DOTNET_ENVIRONMENT=Development), or add --allow-production if you mean it.");
                return 2;
            }

            Microsoft.IdentityModel.Tokens.AsymmetricSecurityKey signingKey;
            try
            {
                signingKey = LaunchSigningKey.FromPem(await File.ReadAllTextAsync(parse.GetValue(key)!.FullName, ct));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                await error.WriteLineAsync($"The key could not be read from {parse.GetValue(key)!.FullName}: {e.Message}");
                return 2;
            }

            if (parse.GetValue(jwks))
            {
                await output.WriteLineAsync(LaunchSigningKey.PublicJwks(signingKey));
                return 0;
            }

            var configured = AppContentRoot.CommandHostBuilder().Configuration.GetSection(LaunchOptions.SectionName).Get<LaunchOptions>() ?? new LaunchOptions();
            var name = parse.GetValue(cms)!;
            var iss = parse.GetValue(issuer) ?? (configured.Issuers.TryGetValue(name, out var i) && i.Issuer.Length > 0 ? i.Issuer : null);
            var problems = new List<string>();
            if (iss is null)
            {
                problems.Add($"Give --issuer, or configure FamilyContext:Launch:Issuers:{name}:Issuer.");
            }

            if (!PersonIds.IsWellFormed(parse.GetValue(worker)) || !PersonIds.IsWellFormed(parse.GetValue(child)))
            {
                problems.Add("Give --worker and --child: CMS ids of up to 64 letters, digits, hyphens or underscores.");
            }

            if (parse.GetValue(lifetime) is < 1 or > 3600)
            {
                problems.Add("--lifetime must be between 1 and 3600 seconds.");
            }

            Uri? panel = null;
            if (parse.GetValue(panelUrl) is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out panel) || panel.Scheme is not ("https" or "http")))
            {
                problems.Add("--panel-url must be Family Context's address, such as http://localhost:5080.");
            }

            if (problems.Count > 0)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                return 2;
            }

            var token = LaunchTokenMinter.Mint(signingKey, new LaunchTokenContent(iss!, parse.GetValue(audience) ?? configured.Audience,
                parse.GetValue(worker)!, parse.GetValue(child)!, TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(parse.GetValue(clockOffset)),
                TimeSpan.FromSeconds(parse.GetValue(lifetime)), parse.GetValue(groups) ?? []));
            await output.WriteLineAsync(panel is not null
                ? new Uri(panel, $"/launch/{Uri.EscapeDataString(name)}?token={token}").ToString()
                : token);
            return 0;
        });
        return command;
    }

    /// <summary>The environment as the web host would see it: ASPNETCORE_ENVIRONMENT, else DOTNET_ENVIRONMENT, else Production.</summary>
    public static string ProcessEnvironmentName() =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet ? aspnet
        : Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : "Production";
}
