using System.Net;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Hosting;

/// <summary>Refuses to start with a proxy address or network that is not one.</summary>
internal sealed class HostingOptionsValidator : IValidateOptions<HostingOptions>
{
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        var failures = new List<string>();
        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                failures.Add($"{HostingOptions.SectionName}:KnownProxies has '{proxy}', which is not an IP address (for example 10.0.0.5).");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                failures.Add($"{HostingOptions.SectionName}:KnownNetworks has '{network}', which is not a network in CIDR form (for example 10.0.0.0/8).");
            }
        }

        if (options.PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http") || url.AbsolutePath != "/" || url.Query.Length > 0))
        {
            failures.Add($"{HostingOptions.SectionName}:PublicUrl has '{url}', which is not an http or https address without a path (for example https://familycontext.council.example/).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
