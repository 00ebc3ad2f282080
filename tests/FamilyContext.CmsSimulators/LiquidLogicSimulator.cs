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

    protected override string VendorDateFormat => "yyyy-MM-dd'T'HH:mm:ss";

    protected override void MapApi(IEndpointRouteBuilder api)
    {
        MapRoute(api, SimulatorRoute.Health, "health", context => WriteJsonAsync(context, new { status = "ok" }));
        MapRoute(api, SimulatorRoute.Person, "persons/{id}", context =>
            Person(RouteId(context)) is { } person ? WriteJsonAsync(context, Render(person)) : NotFoundAsync(context));
        MapRoute(api, SimulatorRoute.Relationships, "persons/{id}/relations", context => ListAsync(context, LinksTouching(RouteId(context)), Relation, withPersons: true));
        MapRoute(api, SimulatorRoute.Involvements, "persons/{id}/involvements", context => ListAsync(context,
            [.. SeedFamily.Workers.Where(w => w.AllocatedTo.Contains(RouteId(context))).Select(w => (Worker: w.Id, Person: RouteId(context)))],
            i => new { DIM_PERSON_ID = i.Person, DIM_WORKER_ID = i.Worker, INVOLVEMENT_TYPE_CODE = "CW", START_DTTM = Day(SeedFamily.RelationshipsStart), END_DTTM = (string?)null },
            withPersons: false));
        MapRoute(api, SimulatorRoute.Worker, "workers/{id}", context =>
            SeedFamily.Workers.FirstOrDefault(w => w.Id == RouteId(context)) is { } worker
                ? WriteJsonAsync(context, new { DIM_WORKER_ID = worker.Id, RESTRICTED_ACCESS_FLAG = worker.MayViewRestricted ? "Y" : "N" })
                : NotFoundAsync(context));
    }

    private Task ListAsync<T>(HttpContext context, IReadOnlyList<T> rows, Func<T, object> render, bool withPersons)
    {
        if (Person(RouteId(context)) is null)
        {
            return NotFoundAsync(context);
        }

        if (QueryNumber(context, "offset", 0) is not { } offset || QueryNumber(context, "limit", 1) is not { } limit)
        {
            return UnexpectedAsync(context, "paging parameters");
        }

        var (items, more) = Slice(rows, offset, limit);
        var people = withPersons
            ? items.OfType<SeedLink>().SelectMany(l => new[] { l.PersonId, l.OtherPersonId }).Distinct().Select(Person).OfType<SeedPerson>().Select(Render)
            : [];
        return WriteJsonAsync(context, new { items = items.Select(render), persons = people, offset, limit, hasMore = more });
    }

    private object Relation(SeedLink link) => new
    {
        DIM_PERSON_ID = link.PersonId,
        DIM_RELATED_PERSON_ID = link.OtherPersonId,
        DIM_LOOKUP_RELTN_TYPE_CODE = CodeOf(link).Code,
        DIM_LOOKUP_RELTN_TYPE_DESC = CodeOf(link).Description,
        START_DTTM = Day(link.Start),
        END_DTTM = Day(link.End),
        PARENTAL_RESPONSIBILITY_FLAG = link.ParentalResponsibility ? "Y" : "N",
    };

    private Dictionary<string, object?> Render(SeedPerson person)
    {
        var body = new Dictionary<string, object?>
        {
            ["DIM_PERSON_ID"] = person.Id,
            ["FORENAME"] = Personal(person.FirstName),
            ["SURNAME"] = Personal(person.FamilyName),
            ["BIRTH_DTTM"] = Personal(Day(person.DateOfBirth)),
            ["GENDER_MAIN_CODE"] = person.Gender.ToString(),
            ["NHS_NUMBER"] = Personal(person.NhsNumber),
            ["UPN"] = Personal(person.Upn),
            ["ADDRESS_LINE1"] = "1 Example Street",
            ["TOWN"] = "Stockport",
            ["POSTCODE"] = Personal(person.Postcode),
        };
        // LCS documents Y and N; the other forms test what the adapter makes of the undocumented.
        if (person.Flag != SeedFlag.Missing)
        {
            body["RESTRICTED_FLAG"] = person.Flag switch { SeedFlag.Yes => "Y", SeedFlag.No => "N", SeedFlag.Blank => "", _ => "X" };
        }

        return body;
    }
}
