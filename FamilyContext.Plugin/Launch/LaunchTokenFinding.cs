namespace FamilyContext.Plugin.Launch;

/// <summary>One part of a launch token as an administrator reads it: what was checked, whether it would be accepted, and why. Never a personal value.</summary>
public sealed record LaunchTokenFinding(string Part, bool Accepted, string Explanation);
