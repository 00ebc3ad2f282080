namespace FamilyContext.Plugin.Panel;

/// <summary>The note for the case record: the child's name for the heading, the note's text, and what its audit record notes (ids only).</summary>
public sealed record CaseNoteView(string ChildName, string Text, [property: System.Text.Json.Serialization.JsonIgnore] string AuditDetail);
