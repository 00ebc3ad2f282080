using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Panel;

/// <summary>The print view for the assessment meeting: the closed view, the practitioners to contact by person and service, and what its audit record notes (ids only).</summary>
public sealed record PrintView(
    PanelView View,
    IReadOnlyDictionary<(string Person, string Service), IReadOnlyList<Practitioner>> Contacts,
    [property: System.Text.Json.Serialization.JsonIgnore] string AuditDetail);
