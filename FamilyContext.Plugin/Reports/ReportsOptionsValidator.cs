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

        var unusual = options.Unusual;
        if (unusual.WorkingDayStarts >= unusual.WorkingDayEnds)
        {
            errors.Add($"{ReportsOptions.SectionName}:Unusual:WorkingDayStarts must be before WorkingDayEnds.");
        }

        if (unusual.ChildrenPerDayFactor < 1 || unusual.ChildrenPerDayAtLeast < 1 || unusual.RefusalsPerDay < 1)
        {
            errors.Add($"{ReportsOptions.SectionName}:Unusual: ChildrenPerDayFactor, ChildrenPerDayAtLeast and RefusalsPerDay must each be 1 or more.");
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
