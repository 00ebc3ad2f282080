using System.Globalization;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Cms;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>The original API's operations. Restricted CMS people are treated as not found: callers are systems, not permitted workers.</summary>
internal static class OriginalApiQueries
{
    public static Task<IResult> PersonAsync(string personId, HttpContext http, ICmsAdapter cms, ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, logger, personId, "person detail", person => Task.FromResult(Results.Ok(PersonDocument.From(person))), ct);

    public static Task<IResult> ServicesAsync(
        string personId, HttpContext http, ICmsAdapter cms, InvolvementLookup lookup, ServiceCatalogue catalogue, ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, logger, personId, "service summaries", async person =>
        {
            var checks = await Task.WhenAll(catalogue.All.Select(s => lookup.CheckAsync(person, s, ct)));
            return Results.Ok(catalogue.All.Zip(checks, ServiceDocuments.Summary).ToList());
        }, ct);

    public static Task<IResult> ServiceAsync(
        string personId, string serviceType, HttpContext http, ICmsAdapter cms, InvolvementLookup lookup, ServiceCatalogue catalogue,
        ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, logger, personId, "service detail", async person =>
        {
            if (catalogue.Find(serviceType) is not { } service)
            {
                return NotFound("Service not found", "This service does not show a service of that type.");
            }

            var check = await lookup.CheckAsync(person, service, ct);
            return check.Flag.State == FlagState.Unavailable
                ? Results.Problem(title: $"{service.Name} could not be checked", detail: $"{check.Flag.Reason} {check.Flag.ContactWhenUnavailable}".Trim(),
                    statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Ok(ServiceDocuments.Detail(service, check));
        }, ct);

    public static Task<IResult> RelatedAsync(string personId, HttpContext http, ICmsAdapter cms, TimeProvider time, ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, logger, personId, "related people", async person =>
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var related = await cms.GetRelationshipsAsync(person.Id, new RelationshipQuery(false, today), ct);
            return Results.Ok(related
                .Where(r => !r.RelatedPerson.Restricted && r.RelatedPerson.Id != person.Id)
                .Select(r => PersonDocument.From(r.RelatedPerson) with
                {
                    Relationship = string.Join(" and ", r.Types.Select(t => t.Wording).Distinct()),
                    RelationshipToId = person.Id,
                })
                .ToList());
        }, ct);

    public static async Task<IResult> SearchAsync(
        PersonQueryDocument query, HttpContext http, ICmsAdapter cms, IOptions<OriginalApiOptions> options, ILogger<OriginalApiOptions> logger, CancellationToken ct)
    {
        if (cms is not ICmsPersonSearch search)
        {
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        DateOnly? dob = DateOnly.TryParseExact(query.DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        if (string.IsNullOrWhiteSpace(query.FirstName) || string.IsNullOrWhiteSpace(query.LastName) || (query.DateOfBirth is not null && dob is null))
        {
            return Results.Problem(title: "Search needs firstName and lastName", detail: "dateOfBirth, when given, is yyyy-MM-dd.", statusCode: StatusCodes.Status400BadRequest);
        }

        var o = options.Value;
        var perPage = Math.Clamp(query.PaginationDetails?.ResultsPerPage ?? o.DefaultResultsPerPage, 1, o.MaximumResultsPerPage);
        var page = Math.Max(1, query.PaginationDetails?.PageNumber ?? 1);
        var (people, total) = await search.SearchAsync(query.FirstName!, query.LastName!, dob, (page - 1) * perPage, perPage, ct);
        var client = OriginalApiKeyFilter.Client(http);
        OriginalApiLog.Searched(logger, client, page, perPage, total);
        // The YAML's response is a bare array; the paging facts (its PaginationInfo) travel in headers.
        http.Response.Headers["X-Total-Results"] = total.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Results-Per-Page"] = perPage.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Page-Number"] = page.ToString(CultureInfo.InvariantCulture);
        return Results.Ok(people.Where(p => !p.Restricted).Select(PersonDocument.From).ToList());
    }

    private static async Task<IResult> WithPersonAsync(
        HttpContext http, ICmsAdapter cms, ILogger logger, string personId, string operation, Func<CmsPerson, Task<IResult>> answer, CancellationToken ct)
    {
        if (!PersonIds.IsWellFormed(personId))
        {
            return NotFound("Person not found", "No person has that id.");
        }

        try
        {
            var person = await cms.GetPersonAsync(personId, ct);
            if (person.Restricted)
            {
                return NotFound("Person not found", "No person has that id.");
            }

            var client = OriginalApiKeyFilter.Client(http);
            OriginalApiLog.Served(logger, client, operation, personId);
            return await answer(person);
        }
        catch (CmsPersonNotFoundException)
        {
            return NotFound("Person not found", "No person has that id.");
        }
        catch (Exception e) when (e is CmsUnavailableException or CmsAccessDeniedException)
        {
            return Results.Problem(title: "The case management system is not answering", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static IResult NotFound(string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
