using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Services;

/// <summary>Stops start-up with every problem in the service configuration listed, each naming its setting.</summary>
internal sealed partial class ServiceCatalogueValidator : IValidateOptions<ServiceCatalogueOptions>
{
    private static readonly string[] KnownSources = ["Local", "Remote"];

    public ValidateOptionsResult Validate(string? name, ServiceCatalogueOptions options)
    {
        var errors = new List<string>();
        if (options.Services.Count == 0)
        {
            errors.Add($"{ServiceCatalogueOptions.SectionName}: at least one service must be configured.");
        }

        foreach (var (id, service) in options.Services)
        {
            var at = $"{ServiceCatalogueOptions.SectionName}:{id}";
            if (!IdPattern().IsMatch(id))
            {
                errors.Add($"{at}: the service id must be lower-case letters, digits or '-' (at most 32).");
            }

            if (string.IsNullOrWhiteSpace(service.Name))
            {
                errors.Add($"{at}:Name is required.");
            }

            if (string.IsNullOrWhiteSpace(service.NoRecordMeans))
            {
                errors.Add($"{at}:NoRecordMeans is required: say what a \"No record\" answer covers.");
            }

            if (service.MinimumAge is < 0 || service.MaximumAge is < 0 || service.MinimumAge > service.MaximumAge)
            {
                errors.Add($"{at}: MinimumAge and MaximumAge must be 0 or more, minimum not above maximum.");
            }

            if (service.TimeBudget <= TimeSpan.Zero || service.TimeBudget > TimeSpan.FromSeconds(30))
            {
                errors.Add($"{at}:TimeBudget must be between 0 and 30 seconds.");
            }

            if (service.RefreshCycle <= TimeSpan.Zero || service.StaleAfter <= TimeSpan.Zero)
            {
                errors.Add($"{at}: RefreshCycle and StaleAfter must be positive.");
            }

            if (!KnownSources.Contains(service.Source, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{at}:Source '{service.Source}' is unknown; use one of: {string.Join(", ", KnownSources)}.");
            }

            foreach (var field in service.Fields.Where(f => string.IsNullOrWhiteSpace(f.Key) || string.IsNullOrWhiteSpace(f.Label)))
            {
                errors.Add($"{at}:Fields: every field needs a Key and a Label (found '{field.Key}').");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex(@"\A[a-z0-9-]{1,32}\z")]
    private static partial Regex IdPattern();
}
