using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FamilyContext.CmsSimulators;

/// <summary>
/// An Acme integration endpoint as its documentation describes it: cursor paging, day-first dates, a
/// <c>confidential</c> flag of "Y", "N" or "", and <c>expires_in</c> written as a string.
/// </summary>
public sealed class AcmeSimulator : CmsSimulator
{
    private static readonly Dictionary<SeedRelation, (string Code, string Description)> Types = new()
    {
        [SeedRelation.Mother] = ("MOTH", "Mother"),
        [SeedRelation.Father] = ("FATH", "Father"),
        [SeedRelation.Son] = ("SON", "Son"),
        [SeedRelation.StepParent] = ("STEP-F", "Step-father"),
        [SeedRelation.StepChild] = ("STEP-C", "Step-child"),
        [SeedRelation.ParentsPartner] = ("PTNR-P", "Partner of parent"),
        [SeedRelation.PartnersChild] = ("PTNR-C", "Child of partner"),
        [SeedRelation.Sibling] = ("SIB", "Sibling"),
        [SeedRelation.HalfSibling] = ("SIB-H", "Half-sibling"),
        [SeedRelation.Grandparent] = ("GPAR", "Grandparent"),
        [SeedRelation.Grandchild] = ("GCHD", "Grandchild"),
        [SeedRelation.FosterCarer] = ("FCAR", "Foster carer"),
        [SeedRelation.FosterChild] = ("FCHD", "Foster child"),
        [SeedRelation.Duplicate] = ("DUPL", "Duplicate record"),
        // Deliberately not in the shipped mapping file: the kit checks an unknown code is shown as Other.
        [SeedRelation.PrivateFosterCarer] = ("PFC", "Private foster carer"),
    };

    private static readonly string[] PlainRoles = ["CASEWORKER"];
    private static readonly string[] ConfidentialRoles = ["CASEWORKER", "CONFIDENTIAL"];

    private AcmeSimulator()
        : base("/acme/api/")
    {
        Switches.TokenExpiresIn = "3600";
    }

    /// <summary>Starts an Acme simulator on a free loopback port.</summary>
    public static async Task<AcmeSimulator> StartNewAsync()
    {
        var simulator = new AcmeSimulator();
        await simulator.StartAsync();
        return simulator;
    }

    public override (string Code, string Description) Describe(SeedRelation relation) => Types[relation];

    protected override string VendorDateFormat => "dd/MM/yyyy";

    protected override void MapApi(IEndpointRouteBuilder api)
    {
        MapRoute(api, SimulatorRoute.Health, "status", context => WriteJsonAsync(context, new { status = "up" }));
        MapRoute(api, SimulatorRoute.Person, "people/{id}", context =>
            Person(RouteId(context)) is { } person ? WriteJsonAsync(context, Render(person)) : NotFoundAsync(context));
        MapRoute(api, SimulatorRoute.Relationships, "people/{id}/relationships", RelationshipsAsync);
        MapRoute(api, SimulatorRoute.Worker, "staff/{id}", context =>
            SeedFamily.Workers.FirstOrDefault(w => w.Id == RouteId(context)) is { } worker
                ? WriteJsonAsync(context, new { id = worker.Id, roles = worker.MayViewRestricted ? ConfidentialRoles : PlainRoles })
                : NotFoundAsync(context));
    }

    private Task RelationshipsAsync(HttpContext context)
    {
        if (Person(RouteId(context)) is null)
        {
            return NotFoundAsync(context);
        }

        if (QueryNumber(context, "limit", 1) is not { } limit)
        {
            return UnexpectedAsync(context, "paging parameters");
        }

        // The cursor is opaque to the adapter: here "c" and an offset.
        var cursor = context.Request.Query["cursor"].ToString();
        var offset = 0;
        if (cursor.Length > 0 && !(cursor.StartsWith('c') && int.TryParse(cursor.AsSpan(1), out offset) && offset > 0))
        {
            return UnexpectedAsync(context, "a cursor this simulator never gave");
        }

        var (slice, more) = Slice(LinksTouching(RouteId(context)), offset, limit);
        var people = slice.SelectMany(l => new[] { l.PersonId, l.OtherPersonId }).Distinct().Select(Person).OfType<SeedPerson>();
        return WriteJsonAsync(context, new Dictionary<string, object?>
        {
            ["relationships"] = slice.Select(Relationship),
            ["people"] = people.Select(Render),
            ["nextCursor"] = more ? "c" + (offset + limit).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        });
    }

    private object Relationship(SeedLink link)
    {
        var (code, description) = CodeOf(link);
        return new
        {
            personId = link.PersonId,
            relatedPersonId = link.OtherPersonId,
            code,
            description,
            from = Day(link.Start),
            to = Day(link.End),
            parentalResponsibility = link.ParentalResponsibility ? "Y" : "N",
        };
    }

    private Dictionary<string, object?> Render(SeedPerson person)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = person.Id,
            ["forenames"] = Personal(person.FirstName),
            ["surname"] = Personal(person.FamilyName),
            ["dob"] = Personal(Day(person.DateOfBirth)),
            ["sex"] = person.Gender.ToString(),
            ["nhsNumber"] = Personal(person.NhsNumber),
            ["upn"] = Personal(person.Upn),
            ["address"] = new { line1 = "1 Example Street", town = "Stockport", postcode = Personal(person.Postcode) },
        };
        // Acme documents Y, N and blank; the undocumented value and the missing field test what the adapter makes of them.
        if (person.Flag != SeedFlag.Missing)
        {
            body["confidential"] = person.Flag switch { SeedFlag.Yes => "Y", SeedFlag.No => "N", SeedFlag.Blank => "", _ => "X" };
        }

        return body;
    }
}
