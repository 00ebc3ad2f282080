using System.Globalization;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Cms;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>
/// The original API's operations. Restricted CMS people are treated as not found: callers are systems, not permitted
/// workers. Whatever shows personal data is shown only once its audit record (the client, the CMS, the person, the
/// service, the ids shown) has been written; if it cannot be written the answer is 503 and nothing is shown.
/// </summary>
internal static class OriginalApiQueries
{
    public static Task<IResult> PersonAsync(string personId, HttpContext http, ICmsAdapter cms, AuditTrail audit, ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, audit, logger, personId, "person detail",
            person => Task.FromResult(new Answer(Results.Ok(PersonDocument.From(person)), AuditActions.ApiPersonShown)), ct);

    public static Task<IResult> ServicesAsync(
        string personId, HttpContext http, ICmsAdapter cms, InvolvementLookup lookup, ServiceCatalogue catalogue, AuditTrail audit,
        ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, audit, logger, personId, "service summaries", async person =>
        {
            var checks = await Task.WhenAll(catalogue.All.Select(s => lookup.CheckAsync(person, s, ct)));
            return new Answer(Results.Ok(catalogue.All.Zip(checks, ServiceDocuments.Summary).ToList()), AuditActions.ApiServicesShown, AuditDetails.Flags(checks));
        }, ct);

    public static Task<IResult> ServiceAsync(
        string personId, string serviceType, HttpContext http, ICmsAdapter cms, InvolvementLookup lookup, ServiceCatalogue catalogue, AuditTrail audit,
        ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, audit, logger, personId, "service detail", async person =>
        {
            // The original API names services by type (AdultSocialCare): our service's name without spaces is accepted too.
            if ((catalogue.Find(serviceType) ?? catalogue.All.FirstOrDefault(s =>
                    string.Equals(s.Name.Replace(" ", "", StringComparison.Ordinal), serviceType, StringComparison.OrdinalIgnoreCase))) is not { } service)
            {
                return new Answer(NotFound("Service not found", "This service does not show a service of that type."));
            }

            var check = await lookup.CheckAsync(person, service, ct);
            return check.Flag.State == FlagState.Unavailable
                ? new Answer(Results.Problem(title: $"{service.Name} could not be checked", detail: $"{check.Flag.Reason} {check.Flag.ContactWhenUnavailable}".Trim(),
                    statusCode: StatusCodes.Status503ServiceUnavailable))
                : new Answer(Results.Ok(ServiceDocuments.Detail(service, check)), AuditActions.ApiServiceDetailShown, AuditDetails.Check(check), service.Id);
        }, ct);

    public static Task<IResult> RelatedAsync(
        string personId, HttpContext http, ICmsAdapter cms, TimeProvider time, AuditTrail audit, ILogger<OriginalApiOptions> logger, CancellationToken ct) =>
        WithPersonAsync(http, cms, audit, logger, personId, "related people", async person =>
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var related = await cms.GetRelationshipsAsync(person.Id, new RelationshipQuery(false, today), ct);
            var shown = related
                .Where(r => !r.RelatedPerson.Restricted && r.RelatedPerson.Id != person.Id)
                .Select(r => PersonDocument.From(r.RelatedPerson) with
                {
                    Relationship = string.Join(" and ", r.Types.Select(t => t.Wording).Distinct()),
                    RelationshipToId = person.Id,
                })
                .ToList();
            return new Answer(Results.Ok(shown), AuditActions.ApiRelatedShown, AuditDetails.People(shown.Select(p => p.Id)));
        }, ct);

    public static async Task<IResult> SearchAsync(
        PersonQueryDocument query, HttpContext http, ICmsAdapter cms, AuditTrail audit, IOptions<OriginalApiOptions> options, ILogger<OriginalApiOptions> logger,
        CancellationToken ct)
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
        // The search leaves out restricted people before paging and counting; the filter here only guards against an adapter that does not.
        var (people, total) = await search.SearchAsync(query.FirstName!, query.LastName!, dob, (page - 1) * perPage, perPage, ct);
        var shown = people.Where(p => !p.Restricted).Select(PersonDocument.From).ToList();
        var client = OriginalApiKeyFilter.Client(http);
        // The names and date of birth searched for are not recorded: only that a search was made, and who was found.
        if (!await RecordedAsync(audit, new AuditEntry(AuditActions.ApiSearch, AuditOutcomes.Allowed, client, cms.SystemName, Detail: AuditDetails.People(shown.Select(p => p.Id), total)), ct))
        {
            return AuditUnavailable();
        }

        OriginalApiLog.Searched(logger, client, page, perPage, total);
        // The YAML's response is a bare array; the paging facts (its PaginationInfo) travel in headers.
        http.Response.Headers["X-Total-Results"] = total.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Results-Per-Page"] = perPage.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Page-Number"] = page.ToString(CultureInfo.InvariantCulture);
        return Results.Ok(shown);
    }

    private static async Task<IResult> WithPersonAsync(
        HttpContext http, ICmsAdapter cms, AuditTrail audit, ILogger logger, string personId, string operation, Func<CmsPerson, Task<Answer>> answer, CancellationToken ct)
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

            var (result, action, detail, serviceId) = await answer(person);
            if (action is null)
            {
                return result;
            }

            var client = OriginalApiKeyFilter.Client(http);
            if (!await RecordedAsync(audit, new AuditEntry(action, AuditOutcomes.Allowed, client, cms.SystemName, PersonId: person.Id, ServiceId: serviceId, Detail: detail), ct))
            {
                return AuditUnavailable();
            }

            OriginalApiLog.Served(logger, client, operation, personId);
            return result;
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

    /// <summary>False when the record could not be written: then nothing may be shown.</summary>
    private static async Task<bool> RecordedAsync(AuditTrail audit, AuditEntry entry, CancellationToken ct)
    {
        try
        {
            await audit.RecordAsync(entry, ct);
            return true;
        }
        catch (AuditUnavailableException)
        {
            return false;
        }
    }

    private static IResult AuditUnavailable() =>
        Results.Problem(title: PanelFailure.AuditUnavailable.Title, detail: PanelFailure.AuditUnavailable.Message, statusCode: StatusCodes.Status503ServiceUnavailable);

    private static IResult NotFound(string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>What a call answers and, when it shows personal data, the audit action and detail to record first (no action: nothing to record).</summary>
    private sealed record Answer(IResult Result, string? Action = null, string? Detail = null, string? ServiceId = null);
}
