namespace FamilyContext.Plugin.Ingest;

/// <summary>Text from an extract (column names) as it may appear in a report opened in a spreadsheet or browser.</summary>
internal static class ReportText
{
    /// <summary>A cell starting with = + - @ (or a tab or carriage return) is run as a formula by spreadsheets: prefix an apostrophe.</summary>
    public static string Defuse(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
