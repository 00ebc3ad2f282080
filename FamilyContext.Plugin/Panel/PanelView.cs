namespace FamilyContext.Plugin.Panel;

/// <summary>The closed view for one child: the child's card first, then everyone linked, in panel order.</summary>
public sealed record PanelView(string Cms, string ChildId, DateTimeOffset GeneratedAt, IReadOnlyList<PersonCard> People);
