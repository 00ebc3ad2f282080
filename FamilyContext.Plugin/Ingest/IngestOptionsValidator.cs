using System.Globalization;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Every share must be between 0 and 1; all errors are reported at once.</summary>
internal sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        var errors = new List<string>();
        void Share(string setting, double? value)
        {
            if (value is { } v && (double.IsNaN(v) || v < 0 || v > 1))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{IngestOptions.SectionName}:{setting} is {v}: use a share between 0 and 1 (0.05 is 5%)."));
            }
        }

        Share(nameof(IngestOptions.MaximumInvalidShare), options.MaximumInvalidShare);
        Share(nameof(IngestOptions.MaximumFallShare), options.MaximumFallShare);
        foreach (var (id, service) in options.Services)
        {
            Share($"Services:{id}:{nameof(IngestServiceOptions.MaximumInvalidShare)}", service.MaximumInvalidShare);
            Share($"Services:{id}:{nameof(IngestServiceOptions.MaximumFallShare)}", service.MaximumFallShare);
        }

        if (string.IsNullOrWhiteSpace(options.ReportDirectory))
        {
            errors.Add($"{IngestOptions.SectionName}:ReportDirectory is empty: name a folder for the data-quality reports.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
