namespace FamilyContext.Plugin.Reports;

/// <summary>How a report groups its figures: by UK week (Monday to Sunday) or by calendar month.</summary>
public enum ReportPeriod
{
    Week,
    Month,
}
