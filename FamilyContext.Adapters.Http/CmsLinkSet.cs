using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Adapters.Http;

/// <summary>Every relationship row touching one person record, with the basic details of the people they name.</summary>
public sealed record CmsLinkSet(IReadOnlyList<CmsLink> Links, IReadOnlyList<CmsPerson> People);
