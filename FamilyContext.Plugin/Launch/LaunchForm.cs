using System.Text;

namespace FamilyContext.Plugin.Launch;

/// <summary>The ways reading a posted launch form fails on bad input (not on a fault of the service).</summary>
internal static class LaunchForm
{
    /// <summary>
    /// A missing or empty multipart boundary, a truncated body or too many fields (<see cref="InvalidDataException"/>),
    /// a body over the limits (<see cref="BadHttpRequestException"/>), an unknown or refused charset such as UTF-7, or bytes
    /// that are not text in it.
    /// </summary>
    public static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or BadHttpRequestException or NotSupportedException or DecoderFallbackException or ArgumentException or FormatException
            or IOException;
}
