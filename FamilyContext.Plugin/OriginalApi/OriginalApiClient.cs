namespace FamilyContext.Plugin.OriginalApi;

/// <summary>One system allowed to call the original API.</summary>
public sealed class OriginalApiClient
{
    /// <summary>SHA-256 of the client's key, as 64 hex digits (e.g. <c>printf %s "$KEY" | sha256sum</c>). Keys themselves are never configured.</summary>
    public string KeySha256 { get; set; } = "";
}
