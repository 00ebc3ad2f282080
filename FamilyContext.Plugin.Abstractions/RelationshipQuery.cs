namespace FamilyContext.Plugin.Abstractions;

/// <summary>What to return from <see cref="ICmsAdapter.GetRelationshipsAsync"/>.</summary>
/// <param name="IncludeEnded">When true, ended relationships are returned with their end date; by default they are left out.</param>
/// <param name="AsOf">The day against which "ended" is judged.</param>
public sealed record RelationshipQuery(bool IncludeEnded, DateOnly AsOf);
