using System.Text.Json.Serialization;

namespace FamilyContext.Plugin.Panel;

/// <summary>The closed view for one child: the child's card first, then everyone linked, in panel order.</summary>
public sealed record PanelView(string Cms, string ChildId, DateTimeOffset GeneratedAt, IReadOnlyList<PersonCard> People)
{
    /// <summary>What this worker was shown last time, to mark what changed; null on their first look. Not part of the API.</summary>
    [JsonIgnore]
    public PanelChanges? Changes { get; init; }
}
