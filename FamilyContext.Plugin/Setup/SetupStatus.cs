namespace FamilyContext.Plugin.Setup;

/// <summary>The outcome of one installation check.</summary>
public enum SetupStatus
{
    Passed,
    Warning,
    Failed,
}
