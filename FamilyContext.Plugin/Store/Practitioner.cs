namespace FamilyContext.Plugin.Store;

/// <summary>The practitioner to talk to about a record.</summary>
public sealed record Practitioner(string? Name, string? Role, string? Organisation, string? Phone, string? Email);
