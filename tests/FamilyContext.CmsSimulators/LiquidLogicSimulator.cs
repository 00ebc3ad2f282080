using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FamilyContext.CmsSimulators;

/// <summary>
/// A LiquidLogic (LCS) integration endpoint: offset/limit lists with <c>hasMore</c>, reporting-warehouse column
/// names (FACT_PERSON_RELATION, DIM_WORKER, FACT_INVOLVEMENTS).
/// </summary>
public sealed class LiquidLogicSimulator() : CmsSimulator("/lcs/fc/v1/")
{

    private static readonly Dictionary<SeedRelation, (string Code, string Description)> Types = new()
    {
        [SeedRelation.Mother] = ("MOT", "Mother"),
        [SeedRelation.Father] = ("FAT", "Father"),
        [SeedRelation.Son] = ("SON", "Son"),
        [SeedRelation.StepParent] = ("STP", "Step-parent"),
        [SeedRelation.StepChild] = ("STC", "Step-child"),
        [SeedRelation.ParentsPartner] = ("PPA", "Parent's partner"),
        [SeedRelation.PartnersChild] = ("PCH", "Partner's child"),
        [SeedRelation.Sibling] = ("SIB", "Sibling"),
        [SeedRelation.HalfSibling] = ("HSB", "Half-sibling"),
        [SeedRelation.Grandparent] = ("GPA", "Grandparent"),
        [SeedRelation.Grandchild] = ("GCH", "Grandchild"),
        [SeedRelation.FosterCarer] = ("FCR", "Foster carer"),
        [SeedRelation.FosterChild] = ("FCH", "Foster child"),
        [SeedRelation.Duplicate] = ("DUP", "Duplicate person"),
        [SeedRelation.PrivateFosterCarer] = ("PFC", "Private foster carer"),
    };

    /// <summary>Starts a LiquidLogic simulator on a free loopback port.</summary>
    public static async Task<LiquidLogicSimulator> StartNewAsync()
    {
        var simulator = new LiquidLogicSimulator();
        await simulator.StartAsync();
        return simulator;
    }

    public override (string Code, string Description) Describe(SeedRelation relation) => Types[relation];

    protected override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapGet("health", context => WriteJsonAsync(context, new { status = "ok" }));
        api.MapGet("persons/{id}", context =>
            SeedFamily.Person(RouteId(context)) is { } person ? WriteJsonAsync(context, Person(person)) : NotFoundAsync(context));
        api.MapGet("persons/{id}/relations", context => ListAsync(context, SeedFamily.LinksTouching(RouteId(context)), Relation, withPersons: true));
        api.MapGet("persons/{id}/involvements", context => ListAsync(context,
            [.. SeedFamily.Workers.Where(w => w.AllocatedTo.Contains(RouteId(context))).Select(w => (Worker: w.Id, Person: RouteId(context)))],
            i => new { DIM_PERSON_ID = i.Person, DIM_WORKER_ID = i.Worker, INVOLVEMENT_TYPE_CODE = "CW", START_DTTM = Dttm(SeedFamily.RelationshipsStart), END_DTTM = (string?)null },
            withPersons: false));
        api.MapGet("workers/{id}", context =>
            SeedFamily.Workers.FirstOrDefault(w => w.Id == RouteId(context)) is { } worker
                ? WriteJsonAsync(context, new { DIM_WORKER_ID = worker.Id, RESTRICTED_ACCESS_FLAG = worker.MayViewRestricted ? "Y" : "N" })
                : NotFoundAsync(context));
    }

    private Task ListAsync<T>(HttpContext context, IReadOnlyList<T> rows, Func<T, object> render, bool withPersons)
    {
        if (SeedFamily.Person(RouteId(context)) is null)
        {
            return NotFoundAsync(context);
        }

        if (QueryNumber(context, "offset", 0) is not { } offset || QueryNumber(context, "limit", 1) is not { } limit)
        {
            return UnexpectedAsync(context, "paging parameters");
        }

        var (items, more) = Slice(rows, offset, limit);
        var people = withPersons
            ? items.OfType<SeedLink>().SelectMany(l => new[] { l.PersonId, l.OtherPersonId }).Distinct().Select(SeedFamily.Person).OfType<SeedPerson>().Select(Person)
            : [];
        return WriteJsonAsync(context, new { items = items.Select(render), persons = people, offset, limit, hasMore = more });
    }

    private static object Relation(SeedLink link) => new
    {
        DIM_PERSON_ID = link.PersonId,
        DIM_RELATED_PERSON_ID = link.OtherPersonId,
        DIM_LOOKUP_RELTN_TYPE_CODE = Types[link.Relation].Code,
        DIM_LOOKUP_RELTN_TYPE_DESC = Types[link.Relation].Description,
        START_DTTM = Dttm(link.Start),
        END_DTTM = Dttm(link.End),
        PARENTAL_RESPONSIBILITY_FLAG = link.ParentalResponsibility ? "Y" : "N",
    };

    private static string? Dttm(DateOnly? day) => day is null ? null : Day(day) + "T00:00:00";

    private static object Person(SeedPerson person) => new
    {
        DIM_PERSON_ID = person.Id,
        FORENAME = person.FirstName,
        SURNAME = person.FamilyName,
        BIRTH_DTTM = Dttm(person.DateOfBirth),
        GENDER_MAIN_CODE = person.Gender.ToString(),
        NHS_NUMBER = person.NhsNumber,
        UPN = person.Upn,
        RESTRICTED_FLAG = person.Restricted ? "Y" : "N",
        ADDRESS_LINE1 = "1 Example Street",
        TOWN = "Stockport",
        POSTCODE = person.Postcode,
    };
}
