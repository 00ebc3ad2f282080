using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Stops start-up when a service is Remote and the remote is not properly configured, naming the setting.</summary>
internal sealed class RemoteSourceOptionsValidator(IOptions<ServiceCatalogueOptions> catalogue) : IValidateOptions<RemoteSourceOptions>
{
    public ValidateOptionsResult Validate(string? name, RemoteSourceOptions options)
    {
        var errors = new List<string>();
        const string At = RemoteSourceOptions.SectionName;
        var remote = catalogue.Value.Services.Where(s => string.Equals(s.Value.Source, SourceKinds.Remote, StringComparison.OrdinalIgnoreCase)).Select(s => s.Key).ToList();
        var url = options.BaseUrl;
        var usable = url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
        if (remote.Count > 0 && !usable)
        {
            errors.Add($"{At}:BaseUrl must be an absolute http(s) address: services {string.Join(", ", remote)} come from the remote source.");
        }

        if (!string.IsNullOrEmpty(options.BearerToken) && !string.IsNullOrEmpty(options.SessionCookie))
        {
            errors.Add($"{At}: set BearerToken or SessionCookie, not both.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{At}:Timeout must be positive.");
        }

        if (options.DescriptionLifetime < TimeSpan.Zero)
        {
            errors.Add($"{At}:DescriptionLifetime must not be negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
