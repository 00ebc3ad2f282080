namespace FamilyContext.Plugin.Ingest;

/// <summary>Column names as they are compared: letters and digits only, lower case ("Date of Birth" = "date_of_birth" = "DATEOFBIRTH").</summary>
internal static class HeaderKey
{
    public static string Of(string? header) =>
        header is null ? "" : new string([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
