namespace FamilyContext.Plugin.Ingest;

/// <summary>Column names as they are compared: letters and digits only, lower case ("Date of Birth" = "date_of_birth" = "DATEOFBIRTH").</summary>
internal static class HeaderKey
{
    public static string Of(string? header)
    {
        if (header is null)
        {
            return "";
        }

        // Value maps compare cells this way too, several times a row: one pass, one string.
        Span<char> buffer = header.Length <= 256 ? stackalloc char[header.Length] : new char[header.Length];
        var length = 0;
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
