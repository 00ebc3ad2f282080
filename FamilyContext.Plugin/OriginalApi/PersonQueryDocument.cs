namespace FamilyContext.Plugin.OriginalApi;

/// <summary>The original API's <c>PersonQuery</c> with its <c>PaginationDetails</c>.</summary>
public sealed record PersonQueryDocument(string? FirstName, string? LastName, string? DateOfBirth, PaginationDetailsDocument? PaginationDetails);

