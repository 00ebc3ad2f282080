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
        api.MapGet("health", context => WriteJsonAsync(context, new { STATUS = "OK" }));
        api.MapGet("persons/{id}", context =>
            SeedFamily.Person(RouteId(context)) is { } person ? WriteJsonAsync(context, Person(person)) : NotFoundAsync(context));
        api.MapGet("persons/{id}/relationships", RelationshipsAsync);
        api.MapGet("workers/{id}", context =>
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
        if (SeedFamily.Person(RouteId(context)) is null)
        {
            return NotFoundAsync(context);
        }

        if (QueryNumber(context, "page", 1) is not { } page || QueryNumber(context, "pageSize", 1) is not { } size)
        {
            return UnexpectedAsync(context, "paging parameters");
        }

        var (slice, more) = Slice(SeedFamily.LinksTouching(RouteId(context)), (page - 1) * size, size);
        var people = slice.SelectMany(l => new[] { l.PersonId, l.OtherPersonId }).Distinct().Select(SeedFamily.Person).OfType<SeedPerson>();
        return WriteJsonAsync(context, new
        {
            PERSON_ID = RouteId(context),
            PAGE = page,
            PAGE_SIZE = size,
            NEXT_PAGE = more ? page + 1 : (int?)null,
            RELATIONSHIPS = slice.Select(Relationship),
            PERSONS = people.Select(Person),
        });
    }

    private static Dictionary<string, object?> Relationship(SeedLink link)
    {
        var (code, description, typeId) = Types[link.Relation];
        var row = new Dictionary<string, object?>
        {
            ["PERSON_ID"] = long.Parse(link.PersonId, System.Globalization.CultureInfo.InvariantCulture),
            // Sites differ: some expose PERSON_RELATED_TO_ID instead of OTHER_PERSON_ID. Serve both spellings.
            [string.CompareOrdinal(link.PersonId, link.OtherPersonId) < 0 ? "OTHER_PERSON_ID" : "PERSON_RELATED_TO_ID"] = long.Parse(link.OtherPersonId, System.Globalization.CultureInfo.InvariantCulture),
            ["RELATIONSHIP_TYPE_ID"] = typeId,
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

    private static object Person(SeedPerson person) => new
    {
        PERSON_ID = long.Parse(person.Id, System.Globalization.CultureInfo.InvariantCulture),
        FIRST_NAMES = person.FirstName,
        LAST_NAME = person.FamilyName,
        DATE_OF_BIRTH = Day(person.DateOfBirth),
        GENDER = person.Gender.ToString(),
        RESTRICTED = person.Restricted ? "Y" : "N",
        ADDRESS = new { ADDRESS_LINE_1 = "1 Example Street", TOWN = "Stockport", POST_CODE = person.Postcode },
        REFERENCES = new[] { ("NHS", person.NhsNumber), ("UPN", person.Upn) }
            .Where(r => r.Item2 is not null)
            .Select(r => new { REFERENCE_TYPE = r.Item1, REFERENCE = r.Item2 }),
    };
}
