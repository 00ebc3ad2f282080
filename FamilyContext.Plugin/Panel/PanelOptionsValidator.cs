using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Panel;

/// <summary>Reports every bad panel setting at once: the guidance is short, its link goes somewhere a worker can open, and a family is kept briefly.</summary>
internal sealed class PanelOptionsValidator : IValidateOptions<PanelOptions>
{
    public ValidateOptionsResult Validate(string? name, PanelOptions options)
    {
        var errors = new List<string>();
        if (options.Guidance.Length > PanelOptions.MaximumGuidanceLength)
        {
            errors.Add($"{PanelOptions.SectionName}:Guidance must be at most {PanelOptions.MaximumGuidanceLength} characters: the panel shows it briefly; link to the rest.");
        }

        if (options.GuidanceLink is { } link && !IsOpenable(link))
        {
            errors.Add($"{PanelOptions.SectionName}:GuidanceLink must be an https address or a path starting with / (it was not).");
        }

        if (options.GuidanceLink is not null && string.IsNullOrWhiteSpace(options.GuidanceLinkText))
        {
            errors.Add($"{PanelOptions.SectionName}:GuidanceLinkText is required with a GuidanceLink.");
        }

        if (options.FamilyKeptFor < TimeSpan.Zero || options.FamilyKeptFor > TimeSpan.FromMinutes(15))
        {
            errors.Add($"{PanelOptions.SectionName}:FamilyKeptFor must be between 00:00:00 and 00:15:00: a family read for a panel may answer its details only briefly.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsOpenable(string link) =>
        (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
