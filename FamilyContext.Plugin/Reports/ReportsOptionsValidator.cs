using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Reports;

/// <summary>Reports every bad reports setting at once.</summary>
internal sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        var errors = new List<string>();
        if (options.MinutesPerCaseBefore is < 0 or > 10_000)
        {
            errors.Add($"{ReportsOptions.SectionName}:MinutesPerCaseBefore must be between 0 and 10000 minutes.");
        }

        if (options.MinutesPerCaseAfter is < 0 or > 10_000)
        {
            errors.Add($"{ReportsOptions.SectionName}:MinutesPerCaseAfter must be between 0 and 10000 minutes.");
        }

        if (options.MinutesPerCaseAfter > options.MinutesPerCaseBefore)
        {
            errors.Add($"{ReportsOptions.SectionName}:MinutesPerCaseAfter must not be more than MinutesPerCaseBefore.");
        }

        if (options.MaximumDays is < 1 or > 3_660)
        {
            errors.Add($"{ReportsOptions.SectionName}:MaximumDays must be between 1 and 3660.");
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
