using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Panel;

/// <summary>The expanded view of one person's involvement with one service.</summary>
public sealed record DetailView(string ChildId, PersonCard Person, ServiceDefinition Service, ServiceCheck Check)
{
    /// <summary>Possible match: why the records' content is not shown (only who to ask and how it matched). Null otherwise.</summary>
    public string? ContentWithheld { get; init; }

    /// <summary>Possible match: whether this worker may record that it is, or is not, this person.</summary>
    public bool CanReview { get; init; }
}
