using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Layout;

/// <summary>
/// Refuses to start with a <c>FrameAncestors</c> value that is not an origin (scheme, host, optional port, nothing else):
/// <c>localhost:8090</c> or an address with a path would silently leave the panel a blank frame inside the CMS.
/// </summary>
internal sealed class SecurityHeadersOptionsValidator : IValidateOptions<SecurityHeadersOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityHeadersOptions options)
    {
        var failures = options.FrameAncestors.Where(o => !IsOrigin(o))
            .Select(o => $"{SecurityHeadersOptions.SectionName}:FrameAncestors has '{o}', which is not an origin: give scheme, host and optional port only, e.g. https://mosaic.council.example.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !value.TrimEnd('/').EndsWith('/') && value.TrimEnd('/').Count(c => c == '/') == 2;
}
