using Microsoft.Extensions.Primitives;

namespace FamilyContext.Plugin.Settings;

/// <summary>
/// The address browsers use to reach the service (<c>FamilyContext:Hosting:PublicUrl</c>, bound and checked with the hosting
/// settings) and the host names <c>AllowedHosts</c> lets through, read one way by host filtering and the installation checks.
/// </summary>
internal static class PublicAddress
{
    public const string Setting = "FamilyContext:Hosting:PublicUrl";

    /// <summary>The configured public address, or null when it is not set (or not an absolute address, which start-up refuses).</summary>
    public static Uri? Of(IConfiguration configuration) =>
        Uri.TryCreate(configuration[Setting], UriKind.Absolute, out var url) ? url : null;

    /// <summary>The host patterns of <c>AllowedHosts</c>, or null when any host is allowed.</summary>
    public static StringSegment[]? AllowedHostPatterns(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "*")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => new StringSegment(h))
            .ToArray();
        return hosts.Length == 0 || hosts.Any(h => h.Equals("*", StringComparison.Ordinal)) ? null : hosts;
    }

    /// <summary>Whether <c>AllowedHosts</c> lets requests for this address's host through.</summary>
    public static bool IsAllowed(IConfiguration configuration, Uri url) =>
        AllowedHostPatterns(configuration) is not { } hosts || HostString.MatchesAny(new StringSegment(url.IdnHost), hosts);
}
