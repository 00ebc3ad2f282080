using System.Globalization;
using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// Generates the synthetic council from a fixed seed: households of children and the adults around them,
/// linked in Mosaic wording, and (through <see cref="DemoRecordGenerator"/>) the four services' extracts.
/// Same seed and anchor date, same council.
/// </summary>
internal sealed class DemoCouncilGenerator(DemoOptions options)
{
    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";
    /// <summary>The child of the demo's one large family: 29 linked people, to try the panel on a family of 30.</summary>
    public const string LargeFamilyChildId = "900001";
    public const string LargeFamilyName = "Thistlewood";

    private Random _random = new(options.Seed);
    private readonly List<DemoCmsPerson> _people = [];
    private readonly List<DemoCmsLink> _links = [];
    private int _nextId = 100_001;

    public DemoCouncil Generate()
    {
        for (var h = 0; h < options.Households; h++)
        {
            Household();
        }

        LargeFamily();
        var records = new DemoRecordGenerator(_random, options.AnchorDate).Generate(_people);
        return new DemoCouncil(_people, _links, records);
    }

    private void Household()
    {
        var (town, district) = Pick(DemoNames.Towns);
        var home = Address(town, district);
        var family = Pick(DemoNames.Family);
        var anchor = options.AnchorDate;

        var motherAge = _random.Next(19, 46);
        var mother = Adult(Abstractions.Gender.Female, family, motherAge, home);
        var members = new List<(DemoCmsPerson Person, string Role)> { (mother, "mother") };

        if (_random.NextDouble() < 0.62)
        {
            members.Add((Adult(Abstractions.Gender.Male, family, motherAge + _random.Next(-2, 9), home), "father"));
        }
        else if (_random.NextDouble() < 0.45)
        {
            var role = _random.NextDouble() < 0.5 ? "stepparent" : "partner";
            members.Add((Adult(Abstractions.Gender.Male, Pick(DemoNames.Family), motherAge + _random.Next(-3, 10), home), role));
        }

        if (_random.NextDouble() < 0.18)
        {
            var other = Address(Pick(DemoNames.Towns).Town, Pick(DemoNames.Towns).District);
            members.Add((Adult(Abstractions.Gender.Male, Pick(DemoNames.Family), motherAge + _random.Next(-2, 8), other), "expartner"));
        }

        var children = new List<DemoCmsPerson>();
        var childCount = 1 + _random.Next(0, 3);
        for (var c = 0; c < childCount; c++)
        {
            var maxAge = Math.Min(17, motherAge - 17);
            children.Add(Child(family, _random.Next(0, Math.Max(1, maxAge + 1)), home));
        }

        // Occasionally twins: same family name and date of birth, different first names — look-alikes by design.
        if (_random.NextDouble() < 0.04)
        {
            var twin = children[0];
            children.Add(Person(RandomGender(), family, twin.Person.DateOfBirth!.Value, home, isChild: true));
        }

        var halfSibling = _random.NextDouble() < 0.22 && motherAge > 30
            ? Child(Pick(DemoNames.Family), _random.Next(10, Math.Min(18, motherAge - 16)), home)
            : null;

        var grandparents = Enumerable.Range(0, _random.Next(0, 3))
            .Select(_ => Adult(_random.Next(2) == 0 ? Abstractions.Gender.Female : Abstractions.Gender.Male, family, motherAge + _random.Next(19, 32),
                Address(Pick(DemoNames.Towns).Town, Pick(DemoNames.Towns).District)))
            .ToList();

        var fosterCarer = _random.NextDouble() < 0.05
            ? Adult(Abstractions.Gender.Female, Pick(DemoNames.Family), _random.Next(35, 66), Address(town, district))
            : null;
        var neighbour = _random.NextDouble() < 0.08
            ? Adult(RandomGender(), Pick(DemoNames.Family), _random.Next(20, 70), Address(town, district))
            : null;

        var allChildren = halfSibling is null ? children : [.. children, halfSibling];
        foreach (var child in allChildren)
        {
            var word = ChildWord(child.Person.Gender);
            foreach (var (adult, role) in members)
            {
                if (child == halfSibling && role is "father")
                {
                    continue;
                }

                var since = child.Person.DateOfBirth;
                switch (role)
                {
                    case "mother": Link(child, adult, "MOTHER", $"Mother : {word}", RelationshipType.Parent, since, null, true); break;
                    case "father": Link(child, adult, "FATHER", $"Father : {word}", RelationshipType.Parent, since, null, _random.NextDouble() < 0.8); break;
                    case "stepparent": Link(child, adult, "STEPPARENT", "Step-parent", RelationshipType.StepParent, anchor.AddYears(-_random.Next(1, 6)), null, false); break;
                    case "partner": Link(child, adult, "PARTNER_OF_PARENT", "Partner of Parent", RelationshipType.ParentsPartner, anchor.AddMonths(-_random.Next(2, 30)), null, false); break;
                    case "expartner":
                        var ended = anchor.AddDays(-_random.Next(30, 900));
                        Link(child, adult, "EX_PARTNER_OF_PARENT", "Ex Partner of Parent", RelationshipType.ParentsPartner, ended.AddYears(-2), ended, false);
                        break;
                }
            }

            foreach (var sibling in allChildren.Where(s => s != child))
            {
                var half = child == halfSibling || sibling == halfSibling;
                if (half)
                {
                    Link(child, sibling, "HALF_SIBLING", "Half-sibling", RelationshipType.HalfSibling, null, null, false);
                }
                else
                {
                    Link(child, sibling, "SIBLING", $"Sibling : {(sibling.Person.Gender == Abstractions.Gender.Female ? "Sister" : "Brother")}", RelationshipType.Sibling, null, null, false);
                }
            }

            foreach (var grandparent in grandparents)
            {
                var gword = grandparent.Person.Gender == Abstractions.Gender.Female ? "Grandmother" : "Grandfather";
                var cword = child.Person.Gender == Abstractions.Gender.Female ? "Granddaughter" : "Grandson";
                Link(child, grandparent, "GRANDPARENT", $"{gword} : {cword}", RelationshipType.Grandparent, null, null, false);
            }

            if (fosterCarer is not null && child != halfSibling)
            {
                Link(child, fosterCarer, "FOSTER_CARER", "Foster Carer : Foster Child", RelationshipType.Carer, anchor.AddMonths(-_random.Next(1, 24)), null, false);
            }

            if (neighbour is not null)
            {
                var code = _random.Next(2) == 0 ? ("NEIGHBOUR", "Neighbour") : ("IN_CONTACT", "In contact with");
                Link(child, neighbour, code.Item1, code.Item2, RelationshipType.Other, null, null, false);
            }
        }
    }

    /// <summary>
    /// One family of 30, every link current: a child with both parents, a step-parent and two parents' partners, eight siblings, five
    /// half-siblings, four grandparents, two carers, three household members and two others; each child among them is linked back. Drawn from a random of its own
    /// and given ids from <see cref="LargeFamilyChildId"/>, so the other households and their records stay as they were.
    /// </summary>
    private void LargeFamily()
    {
        var (households, nextId) = (_random, _nextId);
        (_random, _nextId) = (new Random(options.Seed + 1), int.Parse(LargeFamilyChildId, CultureInfo.InvariantCulture));
        var (town, district) = Pick(DemoNames.Towns);
        var home = Address(town, district);
        var anchor = options.AnchorDate;
        var child = Child(LargeFamilyName, 9, home);
        var word = ChildWord(child.Person.Gender);
        Link(child, Adult(Abstractions.Gender.Female, LargeFamilyName, 38, home), "MOTHER", $"Mother : {word}", RelationshipType.Parent, child.Person.DateOfBirth, null, true);
        Link(child, Adult(Abstractions.Gender.Male, LargeFamilyName, 41, Address(town, district)), "FATHER", $"Father : {word}", RelationshipType.Parent, child.Person.DateOfBirth, null, true);
        Link(child, Adult(Abstractions.Gender.Male, Pick(DemoNames.Family), 44, home), "STEPPARENT", "Step-parent", RelationshipType.StepParent, anchor.AddYears(-3), null, false);
        Link(child, Adult(Abstractions.Gender.Female, Pick(DemoNames.Family), 36, Address(town, district)), "PARTNER_OF_PARENT", "Partner of Parent", RelationshipType.ParentsPartner, anchor.AddYears(-1), null, false);
        Link(child, Adult(Abstractions.Gender.Female, Pick(DemoNames.Family), 40, Address(town, district)), "PARTNER_OF_PARENT", "Partner of Parent", RelationshipType.ParentsPartner, anchor.AddYears(-2), null, false);
        foreach (var age in new[] { 1, 3, 5, 7, 11, 13, 16, 19 })
        {
            var sibling = age < 18 ? Child(LargeFamilyName, age, home) : Adult(RandomGender(), LargeFamilyName, age, home);
            Link(child, sibling, "SIBLING", $"Sibling : {(sibling.Person.Gender == Abstractions.Gender.Female ? "Sister" : "Brother")}", RelationshipType.Sibling, null, null, false);
            LinkBack(sibling, child, "SIBLING", $"Sibling : {(child.Person.Gender == Abstractions.Gender.Female ? "Sister" : "Brother")}", RelationshipType.Sibling);
        }

        foreach (var age in new[] { 2, 6, 12, 17, 22 })
        {
            var half = age < 18 ? Child(Pick(DemoNames.Family), age, Address(town, district)) : Adult(RandomGender(), Pick(DemoNames.Family), age, Address(town, district));
            Link(child, half, "HALF_SIBLING", "Half-sibling", RelationshipType.HalfSibling, null, null, false);
            LinkBack(half, child, "HALF_SIBLING", "Half-sibling", RelationshipType.HalfSibling);
        }

        foreach (var (gender, age) in new[] { (Abstractions.Gender.Female, 62), (Abstractions.Gender.Male, 66), (Abstractions.Gender.Female, 70), (Abstractions.Gender.Male, 73) })
        {
            Link(child, Adult(gender, LargeFamilyName, age, Address(town, district)), "GRANDPARENT",
                $"{(gender == Abstractions.Gender.Female ? "Grandmother" : "Grandfather")} : {(child.Person.Gender == Abstractions.Gender.Female ? "Granddaughter" : "Grandson")}",
                RelationshipType.Grandparent, null, null, false);
        }

        foreach (var age in new[] { 48, 52 })
        {
            Link(child, Adult(RandomGender(), Pick(DemoNames.Family), age, Address(town, district)), "FOSTER_CARER", "Foster Carer : Foster Child", RelationshipType.Carer, anchor.AddMonths(-8), null, false);
        }

        foreach (var age in new[] { 24, 29, 57 })
        {
            Link(child, Adult(RandomGender(), Pick(DemoNames.Family), age, home), "HOUSEHOLD_MEMBER", "Household member", RelationshipType.HouseholdMember, null, null, false);
        }

        foreach (var age in new[] { 33, 45 })
        {
            Link(child, Adult(RandomGender(), Pick(DemoNames.Family), age, Address(town, district)), "IN_CONTACT", "In contact with", RelationshipType.Other, null, null, false);
        }

        (_random, _nextId) = (households, nextId);
    }

    /// <summary>A child of the large family linked back to its child, so it opens a panel of its own.</summary>
    private void LinkBack(DemoCmsPerson from, DemoCmsPerson to, string code, string wording, RelationshipType type)
    {
        if (from.IsChild)
        {
            Link(from, to, code, wording, type, null, null, false);
        }
    }

    private static string ChildWord(Gender gender) => gender switch
    {
        Abstractions.Gender.Female => "Daughter",
        Abstractions.Gender.Male => "Son",
        _ => "Child",
    };

    private void Link(DemoCmsPerson from, DemoCmsPerson to, string code, string wording, RelationshipType type, DateOnly? start, DateOnly? end, bool pr) =>
        _links.Add(new DemoCmsLink(from.Person.Id, to.Person.Id, code, wording, type, start, end, pr));

    private DemoCmsPerson Adult(Gender gender, string family, int age, CmsAddress home) =>
        Person(gender, family, BirthDate(age), home, isChild: false);

    private DemoCmsPerson Child(string family, int age, CmsAddress home) =>
        Person(RandomGender(), family, BirthDate(age), home, isChild: true);

    private DemoCmsPerson Person(Gender gender, string family, DateOnly dob, CmsAddress home, bool isChild)
    {
        var first = gender == Abstractions.Gender.Female ? Pick(DemoNames.Female) : Pick(DemoNames.Male);
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
        var hasNhs = _random.NextDouble() < 0.85;
        var hasUpn = isChild && _random.NextDouble() < 0.8;
        var restricted = _random.NextDouble() < (isChild ? 0.01 : 0.02);
        var person = new CmsPerson(
            id, first, family, dob, gender, home,
            hasNhs ? NhsNumber() : null,
            hasUpn ? Upn() : null,
            null,
            restricted);
        var entry = new DemoCmsPerson(person, isChild && AgeCalculatorOnAnchor(dob) < 18);
        _people.Add(entry);
        return entry;
    }

    private int AgeCalculatorOnAnchor(DateOnly dob) => Services.AgeCalculator.AgeOn(dob, options.AnchorDate) ?? 0;

    private DateOnly BirthDate(int age) => options.AnchorDate.AddYears(-age).AddDays(-_random.Next(1, 365));

    private Gender RandomGender() => _random.NextDouble() < 0.5 ? Abstractions.Gender.Female : Abstractions.Gender.Male;

    private CmsAddress Address(string town, string district)
    {
        var number = _random.Next(1, 180).ToString(CultureInfo.InvariantCulture);
        var postcode = string.Create(CultureInfo.InvariantCulture,
            $"{district} {_random.Next(1, 10)}{PostcodeLetters[_random.Next(PostcodeLetters.Length)]}{PostcodeLetters[_random.Next(PostcodeLetters.Length)]}");
        return new CmsAddress($"{number} {Pick(DemoNames.Streets)}", null, town, postcode);
    }

    /// <summary>A 10-digit number with a valid modulus 11 check digit, in the 999 range never issued to patients.</summary>
    private string NhsNumber()
    {
        while (true)
        {
            var digits = new int[9];
            digits[0] = 9;
            digits[1] = 9;
            digits[2] = 9;
            for (var i = 3; i < 9; i++)
            {
                digits[i] = _random.Next(10);
            }

            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += digits[i] * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            return string.Concat(digits) + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
        }
    }

    private string Upn() => string.Create(CultureInfo.InvariantCulture, $"Z{_random.Next(100_000_000, 999_999_999)}{_random.Next(100, 999)}");

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
