namespace FamilyContext.Plugin.Reports;

/// <summary>One bar of a chart: its label and value, and the value as the page writes it.</summary>
public sealed record ChartBar(string Label, double Value, string Text);
