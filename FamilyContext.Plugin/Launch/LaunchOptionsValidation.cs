using System.Net;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Outside Development, a CMS's key set must be fetched over https: keys fetched over plain http can be replaced on the
/// way, and whoever replaces them can open any panel. (A loopback address never crosses a network, so it is allowed.)
/// </summary>
internal sealed class LaunchOptionsValidation(IHostEnvironment environment) : IValidateOptions<LaunchOptions>
{
    public ValidateOptionsResult Validate(string? name, LaunchOptions options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var failures = options.Issuers
            .Where(i => i.Value.JsonWebKeySetUrl is { } url && url.Scheme != Uri.UriSchemeHttps && !IsLoopback(url))
            .Select(i => $"{LaunchOptions.SectionName}:Issuers:{i.Key}:JsonWebKeySetUrl must be https outside Development (it is {i.Value.JsonWebKeySetUrl}).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(Uri url) => url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
