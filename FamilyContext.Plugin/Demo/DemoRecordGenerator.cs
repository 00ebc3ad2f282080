using System.Globalization;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// The four services' extracts for the synthetic council. Records copy the CMS person's details with the
/// slips real extracts have (a typo, a nickname, a move, a swapped date), and add look-alike people who must
/// not match: same name, a near date of birth, another address.
/// </summary>
internal sealed class DemoRecordGenerator(Random random, DateOnly anchor)
{
    public const string School = "school";
    public const string Housing = "housing";
    public const string Police = "police";
    public const string AdultSocialCare = "asc";

    private readonly Dictionary<string, List<ServiceRecord>> _records = new()
    {
        [School] = [], [Housing] = [], [Police] = [], [AdultSocialCare] = [],
    };

    private int _nextRecord = 1;

    public IReadOnlyDictionary<string, IReadOnlyList<ServiceRecord>> Generate(IReadOnlyList<DemoCmsPerson> people)
    {
        foreach (var entry in people)
        {
            var person = entry.Person;
            var age = AgeCalculator.AgeOn(person.DateOfBirth, anchor) ?? 0;
            if (age is >= 4 and <= 19 && random.NextDouble() < 0.9)
            {
                SchoolRecord(person);
            }

            if (age >= 16 && random.NextDouble() < 0.5)
            {
                HousingRecord(person);
            }

            if (age >= 18 && random.NextDouble() < 0.2)
            {
                PoliceRecord(Variant(person, allowStrongIds: false), person);
            }

            if (age >= 15 && random.NextDouble() < (age >= 60 ? 0.3 : 0.12))
            {
                AscRecord(person);
            }

            // Look-alikes: another person with the same name, living elsewhere, born close by.
            if (age >= 18 && random.NextDouble() < 0.1)
            {
                var near = person.DateOfBirth!.Value.AddDays(random.Next(2) == 0 ? random.Next(40, 400) : -random.Next(40, 400));
                var lookAlike = person with { DateOfBirth = near, NhsNumber = null, Upn = null, Address = OtherAddress() };
                PoliceRecord(ToRecordPerson(lookAlike), lookAlike);
            }

            // Same name and date of birth, elsewhere: only ever a possible match, with the evidence shown.
            if (age >= 18 && random.NextDouble() < 0.03)
            {
                var namesake = person with { NhsNumber = null, Upn = null, Address = OtherAddress() };
                HousingRecord(namesake, allowStrongIds: false);
            }
        }

        return _records.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ServiceRecord>)kv.Value);
    }

    private void SchoolRecord(CmsPerson person)
    {
        var (name, admission) = DemoNames.Schools[random.Next(DemoNames.Schools.Length)];
        var current = random.NextDouble() < 0.93;
        var details = new JsonObject
        {
            ["schoolName"] = name,
            ["contactNumber"] = DramaLandline(),
            ["admissionType"] = admission,
        };
        Add(School, Variant(person, allowStrongIds: true), current ? Involvement.Current : Involvement.Historic,
            anchor.AddYears(-random.Next(0, 5)), current ? null : anchor.AddMonths(-random.Next(1, 20)),
            Contact("Designated safeguarding lead", name, withEmail: true), details);
    }

    private void HousingRecord(CmsPerson person, bool allowStrongIds = true)
    {
        var landlord = DemoNames.Landlords[random.Next(DemoNames.Landlords.Length)];
        var current = random.NextDouble() < 0.8;
        var tenancyStart = anchor.AddMonths(-random.Next(3, 120));
        var details = new JsonObject
        {
            ["housingAssociation"] = landlord,
            ["tenancyStart"] = tenancyStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["antiSocialBehaviour"] = CaseStatus(0.1),
            ["rentArrears"] = CaseStatus(0.2),
            ["noticeSeekingPossession"] = CaseStatus(0.06),
            ["eviction"] = CaseStatus(0.02),
        };
        Add(Housing, Variant(person, allowStrongIds), current ? Involvement.Current : Involvement.Historic, tenancyStart,
            current ? null : anchor.AddMonths(-random.Next(1, 12)),
            Contact(Pick(DemoNames.PractitionerRoles[..2]), landlord, withEmail: true), details);
    }

    private void PoliceRecord(RecordPerson recordPerson, CmsPerson source)
    {
        _ = source;
        var offences = new JsonArray();
        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            offences.Add(new JsonObject
            {
                ["dateOfOffence"] = anchor.AddDays(-random.Next(20, 1800)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["typeOfOffence"] = Pick(DemoNames.OffenceTypes[..5]),
                ["natureOfInvolvement"] = random.NextDouble() < 0.6 ? "Convicted" : "Suspect",
            });
        }

        var details = new JsonObject
        {
            ["policeArea"] = "Greater Manchester (demo)",
            ["safeGuardingOffences"] = offences,
            // The original API's shape: a list holding whether any were found.
            ["nonSafeGuardingOffences"] = new JsonArray(new JsonObject { ["recordsFound"] = random.NextDouble() < 0.5 ? "Yes" : "No" }),
        };
        var current = count > 0 && random.NextDouble() < 0.6;
        Add(Police, recordPerson, current ? Involvement.Current : Involvement.Historic, null, null,
            Contact(Pick(DemoNames.PractitionerRoles[4..]), "Greater Manchester (demo)", withEmail: false), details);
    }

    private void AscRecord(CmsPerson person)
    {
        var current = random.NextDouble() < 0.65;
        var start = anchor.AddMonths(-random.Next(2, 60));
        var details = new JsonObject
        {
            ["localAuthorityOrganisation"] = "Stockport Adult Social Care (demo)",
            ["startDateOfLastInvolvement"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dateOfMostRecentInteraction"] = anchor.AddDays(-random.Next(1, 200)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        Add(AdultSocialCare, Variant(person, allowStrongIds: true), current ? Involvement.Current : Involvement.Historic, start,
            current ? null : anchor.AddMonths(-random.Next(1, 12)),
            Contact(Pick(DemoNames.PractitionerRoles[2..4]), "Stockport Adult Social Care (demo)", withEmail: true), details);
    }

    /// <summary>The CMS person as another service recorded them: usually exact, sometimes with the slips real data has.</summary>
    private RecordPerson Variant(CmsPerson person, bool allowStrongIds)
    {
        var p = person;
        var roll = random.NextDouble();
        if (roll < 0.07 && p.FamilyName is { Length: >= 4 } family)
        {
            var i = random.Next(1, family.Length - 1);
            p = p with { FamilyName = string.Concat(family.AsSpan(0, i), family.AsSpan(i + 1)) };
        }
        else if (roll < 0.12 && Nickname(p.FirstName) is { } nick)
        {
            p = p with { FirstName = nick };
        }
        else if (roll < 0.19)
        {
            p = p with { Address = OtherAddress(), NhsNumber = null, Upn = null };
        }
        else if (roll < 0.23 && p.DateOfBirth is { Day: <= 12 } d && d.Day != d.Month)
        {
            p = p with { DateOfBirth = new DateOnly(d.Year, d.Day, d.Month), NhsNumber = null, Upn = null };
        }

        var record = ToRecordPerson(p);
        return allowStrongIds && random.NextDouble() < 0.85 ? record : record with { NhsNumber = null, Upn = null };
    }

    private static RecordPerson ToRecordPerson(CmsPerson p) => new(
        p.FirstName, p.FamilyName, p.DateOfBirth, p.Gender,
        p.Address is null ? null : $"{p.Address.Line1}, {p.Address.Town}", p.Address?.Postcode, null,
        p.NhsNumber, p.Upn, null);

    private static string? Nickname(string? first) => first switch
    {
        "Elizabeth" => "Liz", "Rebecca" => "Becky", "Samantha" => "Sam", "Victoria" => "Vicky", "Michael" => "Mike",
        "Robert" => "Bob", "Christopher" => "Chris", "Daniel" => "Danny", "Joseph" => "Joe", "Matthew" => "Matt",
        "Andrew" => "Andy", "Stephen" => "Steve", "David" => "Dave", "Anthony" => "Tony", "Thomas" => "Tom",
        "William" => "Bill", "James" => "Jim", "Susan" => "Sue", "Deborah" => "Debbie", "Patricia" => "Trish",
        _ => null,
    };

    private CmsAddress OtherAddress()
    {
        var (town, district) = DemoNames.Towns[random.Next(DemoNames.Towns.Length)];
        return new CmsAddress(
            string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 200)} {Pick(DemoNames.Streets)}"), null, town,
            string.Create(CultureInfo.InvariantCulture, $"{district} {random.Next(1, 10)}{(char)('A' + random.Next(0, 8))}{(char)('P' + random.Next(0, 8))}"));
    }

    private void Add(string service, RecordPerson person, Involvement involvement, DateOnly? start, DateOnly? end, Practitioner practitioner, JsonObject details)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{service.ToUpperInvariant()}-{_nextRecord++:D6}");
        _records[service].Add(new ServiceRecord(service, id, person, involvement, start, end, practitioner, details));
    }

    private string CaseStatus(double openRate)
    {
        var roll = random.NextDouble();
        return roll < openRate ? "Case open" : roll < openRate * 2 ? "Case closed" : "No record";
    }

    /// <summary>A made-up practitioner: a drama-range phone number and, where the service gives one, an example.org email.</summary>
    private Practitioner Contact(string role, string organisation, bool withEmail)
    {
        var first = Pick(random.Next(2) == 0 ? DemoNames.Female : DemoNames.Male);
        var family = Pick(DemoNames.Family);
        var email = withEmail ? $"{first}.{family}".Replace("'", "", StringComparison.Ordinal).Replace(' ', '-').ToLowerInvariant() + "@example.org" : null;
        return new Practitioner($"{first} {family}", role, organisation, DramaLandline(), email);
    }

    /// <summary>Ofcom's drama range for Manchester: 0161 496 0000 to 0161 496 0999.</summary>
    private string DramaLandline() => string.Create(CultureInfo.InvariantCulture, $"0161 496 0{random.Next(0, 1000):D3}");

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
