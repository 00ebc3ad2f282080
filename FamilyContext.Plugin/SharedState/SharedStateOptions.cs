namespace FamilyContext.Plugin.SharedState;

/// <summary>Where what every instance shares is kept (configuration section <c>FamilyContext:Cache</c>, beside the lookup cache's settings).</summary>
public sealed class SharedStateOptions
{
    public const string SectionName = "FamilyContext:Cache";

    /// <summary>
    /// Redis connection string (StackExchange.Redis format, e.g. <c>redis:6379,password=…,ssl=true</c>). When empty
    /// the shared state and the lookup cache's distributed tier are in this process's memory, which is right for a single instance.
    /// </summary>
    public string? Redis { get; set; }
}
