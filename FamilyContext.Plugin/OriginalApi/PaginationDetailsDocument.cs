namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Which page of search results to send; pages are numbered from 1.</summary>
public sealed record PaginationDetailsDocument(int? ResultsPerPage, int? PageNumber);
