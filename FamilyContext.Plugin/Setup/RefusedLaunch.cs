namespace FamilyContext.Plugin.Setup;

/// <summary>A refused launch as the setup page shows it: when, from which CMS, the worker id, and the reason in words. Never the token.</summary>
public sealed record RefusedLaunch(DateTimeOffset At, string? Cms, string? Worker, string Reason);
