using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FamilyContext.CmsSimulators;

/// <summary>A Mosaic integration endpoint: page-numbered lists, Mosaic column names, subject references.</summary>
public sealed class MosaicSimulator() : CmsSimulator("/mosaic/fc/v1/")
{
    private static readonly Dictionary<SeedRelation, (string Code, string Description, int TypeId)> Types = new()
    {
        [SeedRelation.Mother] = ("MOTHER", "Mother : Son", 11),
        [SeedRelation.Father] = ("FATHER", "Father : Son", 12),
        [SeedRelation.Son] = ("SON", "Son : Mother", 13),
        [SeedRelation.StepParent] = ("STEP_PARENT", "Step-parent", 21),
        [SeedRelation.StepChild] = ("STEP_CHILD", "Step-child", 22),
        [SeedRelation.ParentsPartner] = ("PARENTS_PARTNER", "Partner of parent", 23),
        [SeedRelation.PartnersChild] = ("PARTNERS_CHILD", "Child of partner", 24),
        [SeedRelation.Sibling] = ("SIBLING", "Sibling : Sister", 31),
        [SeedRelation.HalfSibling] = ("HALF_SIBLING", "Half-sibling", 32),
        [SeedRelation.Grandparent] = ("GRANDPARENT", "Grandparent : Grandchild", 41),
        [SeedRelation.Grandchild] = ("GRANDCHILD", "Grandchild : Grandparent", 42),
        [SeedRelation.FosterCarer] = ("FOSTER_CARER", "Foster Carer : Foster Child", 51),
        [SeedRelation.FosterChild] = ("FOSTER_CHILD", "Foster Child : Foster Carer", 52),
        [SeedRelation.Duplicate] = ("DUPLICATE", "Duplicate record", 99),
        [SeedRelation.PrivateFosterCarer] = ("PRIVATE_FOSTER_CARER", "Private Foster Carer", 53),
    };

    private static readonly string[] PlainPermissions = ["VIEW_PERSON"];
    private static readonly string[] RestrictedPermissions = ["VIEW_PERSON", "VIEW_RESTRICTED_PERSON"];

    /// <summary>Starts a Mosaic simulator on a free loopback port.</summary>
    public static async Task<MosaicSimulator> StartNewAsync()
    {
        var simulator = new MosaicSimulator();
        await simulator.StartAsync();
        return simulator;
    }

    public override (string Code, string Description) Describe(SeedRelation relation) => (Types[relation].Code, Types[relation].Description);

    protected override void MapApi(IEndpointRouteBuilder api)
    {
        MapRoute(api, SimulatorRoute.Health, "health", context => WriteJsonAsync(context, new { STATUS = "OK" }));
        MapRoute(api, SimulatorRoute.Person, "persons/{id}", context =>
            Person(RouteId(context)) is { } person ? WriteJsonAsync(context, Render(person)) : NotFoundAsync(context));
        MapRoute(api, SimulatorRoute.Relationships, "persons/{id}/relationships", RelationshipsAsync);
        MapRoute(api, SimulatorRoute.Worker, "workers/{id}", context =>
            SeedFamily.Workers.FirstOrDefault(w => w.Id == RouteId(context)) is { } worker
                ? WriteJsonAsync(context, new
                {
                    WORKER_ID = worker.Id,
                    PERMISSIONS = worker.MayViewRestricted ? RestrictedPermissions : PlainPermissions,
                })
                : NotFoundAsync(context));
    }

    private Task RelationshipsAsync(HttpContext context)
    {
        if (Person(RouteId(context)) is null)
        {
            return NotFoundAsync(context);
        }

        if (QueryNumber(context, "page", 1) is not { } page || QueryNumber(context, "pageSize", 1) is not { } size)
        {
            return UnexpectedAsync(context, "paging parameters");
        }

        var (slice, more) = Slice(LinksTouching(RouteId(context)), (page - 1) * size, size);
        var people = slice.SelectMany(l => new[] { l.PersonId, l.OtherPersonId }).Distinct().Select(Person).OfType<SeedPerson>();
        return WriteJsonAsync(context, new
        {
            PERSON_ID = RouteId(context),
            PAGE = page,
            PAGE_SIZE = size,
            NEXT_PAGE = more ? page + 1 : (int?)null,
            RELATIONSHIPS = slice.Select(Relationship),
            PERSONS = people.Select(Render),
        });
    }

    private Dictionary<string, object?> Relationship(SeedLink link)
    {
        var (code, description) = CodeOf(link);
        var row = new Dictionary<string, object?>
        {
            ["PERSON_ID"] = long.Parse(link.PersonId, System.Globalization.CultureInfo.InvariantCulture),
            // Sites differ: some expose PERSON_RELATED_TO_ID instead of OTHER_PERSON_ID. Serve both spellings.
            [string.CompareOrdinal(link.PersonId, link.OtherPersonId) < 0 ? "OTHER_PERSON_ID" : "PERSON_RELATED_TO_ID"] = long.Parse(link.OtherPersonId, System.Globalization.CultureInfo.InvariantCulture),
            ["RELATIONSHIP_TYPE_ID"] = link.Code is null ? Types[link.Relation].TypeId : 900,
            ["RELATIONSHIP_TYPE_CODE"] = code,
            ["RELATIONSHIP_TYPE_DESCRIPTION"] = description,
            ["FAMILY_CATEGORY"] = link.Relation switch
            {
                SeedRelation.Mother or SeedRelation.Father or SeedRelation.StepParent => "Child's Parents",
                SeedRelation.Sibling or SeedRelation.HalfSibling => "Child's Siblings",
                _ => "Other Family Relationships",
            },
            ["START_DATE"] = Day(link.Start),
            ["END_DATE"] = Day(link.End),
            ["PARENTAL_RESPONSIBILITY"] = link.ParentalResponsibility ? "Y" : "N",
        };
        return row;
    }

    private Dictionary<string, object?> Render(SeedPerson person)
    {
        var body = new Dictionary<string, object?>
        {
            ["PERSON_ID"] = long.Parse(person.Id, System.Globalization.CultureInfo.InvariantCulture),
            ["FIRST_NAMES"] = Personal(person.FirstName),
            ["LAST_NAME"] = Personal(person.FamilyName),
            ["DATE_OF_BIRTH"] = Personal(Day(person.DateOfBirth)),
            ["GENDER"] = person.Gender.ToString(),
            ["ADDRESS"] = new { ADDRESS_LINE_1 = "1 Example Street", TOWN = "Stockport", POST_CODE = Personal(person.Postcode) },
            ["REFERENCES"] = new[] { ("NHS", person.NhsNumber), ("UPN", person.Upn) }
                .Where(r => r.Item2 is not null)
                .Select(r => new { REFERENCE_TYPE = r.Item1, REFERENCE = Personal(r.Item2) })
                .ToList(),
        };
        // Mosaic's documented values are Y and N; the other forms test what the adapter makes of the undocumented.
        if (person.Flag != SeedFlag.Missing)
        {
            body["RESTRICTED"] = person.Flag switch { SeedFlag.Yes => "Y", SeedFlag.No => "N", SeedFlag.Blank => "", _ => "X" };
        }

        return body;
    }
}
