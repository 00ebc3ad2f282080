namespace FamilyContext.CmsSimulators;

/// <summary>
/// The people, relationships and workers every simulator serves, built so that each resolution rule has a case.
/// Conformance tests name people by these ids; expectations are stated in the conformance kit, not here.
/// </summary>
public static class SeedFamily
{
    public const string Child = "1001";
    public const string Mother = "1002";
    public const string Father = "1003";
    public const string MothersPartner = "1004";
    public const string Sister = "1005";
    public const string HalfBrother = "1006";
    /// <summary>Linked to the child twice: as grandparent and as foster carer.</summary>
    public const string Grandmother = "1007";
    /// <summary>Step-parent whose relationship ended on 30 June 2023.</summary>
    public const string FormerStepFather = "1008";
    /// <summary>A restricted person linked to the child.</summary>
    public const string RestrictedHalfSister = "1009";
    /// <summary>A second record of the child, linked by DUPLICATE (both ways, so a cycle too).</summary>
    public const string ChildDuplicateRecord = "1010";
    /// <summary>Linked only to the child's duplicate record.</summary>
    public const string Grandfather = "1011";
    /// <summary>Linked with a code no default mapping file knows.</summary>
    public const string PrivateFosterCarer = "1012";
    /// <summary>Linked only from her own side ("the child is my grandchild"); no row from the child's side.</summary>
    public const string PaternalGrandmother = "1013";
    public const string RestrictedChild = "2001";
    public const string RestrictedChildsMother = "2002";
    /// <summary>A person with no relationships at all.</summary>
    public const string LonePerson = "3001";
    /// <summary>Linked (as a sibling) to one person for each restricted-flag form: <see cref="FlagPerson"/>.</summary>
    public const string FlagHolder = "4000";
    /// <summary>Linked to <see cref="LargeFamilySize"/> people, more than an adapter's default page holds.</summary>
    public const string LargeFamily = "6000";
    public const int LargeFamilySize = 150;
    /// <summary>The person a simulator serves extra relationship codes from (<c>ServeCodes</c>).</summary>
    public const string CodeSampler = "5000";
    /// <summary>An id the CMS does not hold.</summary>
    public const string UnknownPerson = "9999";

    public const string PlainWorker = "W100";
    public const string PermittedWorker = "W200";
    /// <summary>Allocated to the restricted child, without the general restricted-record permission.</summary>
    public const string AllocatedWorker = "W300";
    public const string UnknownWorker = "W999";

    public static readonly DateOnly RelationshipsStart = new(2015, 4, 1);
    public static readonly DateOnly FormerStepFatherEnd = new(2023, 6, 30);

    public static IReadOnlyList<SeedPerson> People { get; } =
    [
        new(Child, "Ava", "Stone", new(2015, 4, 1), 'F', SeedFlag.No, "9434765919", "A123456789012"),
        new(Mother, "Jade", "Stone", new(1990, 2, 11), 'F', SeedFlag.No, "9434765870"),
        new(Father, "Liam", "Carter", new(1988, 9, 3), 'M', SeedFlag.No),
        new(MothersPartner, "Ryan", "Hughes", new(1991, 1, 20), 'M', SeedFlag.No),
        new(Sister, "Mia", "Stone", new(2017, 7, 7), 'F', SeedFlag.No),
        new(HalfBrother, "Noah", "Hughes", new(2020, 3, 14), 'M', SeedFlag.No),
        new(Grandmother, "Sandra", "Stone", new(1965, 5, 5), 'F', SeedFlag.No),
        new(FormerStepFather, "Dean", "Walsh", new(1985, 12, 1), 'M', SeedFlag.No),
        new(RestrictedHalfSister, "Ella", "Walsh", new(2012, 10, 10), 'F', SeedFlag.Yes),
        new(ChildDuplicateRecord, "Ava", "Stone", new(2015, 4, 1), 'F', SeedFlag.No),
        new(Grandfather, "Keith", "Stone", new(1963, 8, 8), 'M', SeedFlag.No),
        new(PrivateFosterCarer, "Pat", "Green", new(1970, 6, 6), 'U', SeedFlag.No),
        new(PaternalGrandmother, "Joan", "Carter", new(1960, 3, 3), 'F', SeedFlag.No),
        new(RestrictedChild, "Leo", "Marsh", new(2016, 1, 1), 'M', SeedFlag.Yes),
        new(RestrictedChildsMother, "Kim", "Marsh", new(1994, 4, 4), 'F', SeedFlag.No),
        new(LonePerson, "Toby", "Quill", new(1999, 9, 9), 'U', SeedFlag.No),
        new(FlagHolder, "Rhys", "Penn", new(2014, 11, 2), 'M', SeedFlag.No),
        .. Enum.GetValues<SeedFlag>().Select(flag => new SeedPerson(FlagPerson(flag), "Flag" + flag, "Penn", new(2016, 3, 5 + (int)flag), 'F', flag)),
        new(CodeSampler, "Cara", "Vance", new(2013, 2, 9), 'F', SeedFlag.No),
        new(LargeFamily, "Owen", "Largo", new(2012, 12, 12), 'M', SeedFlag.No),
        .. Enumerable.Range(1, LargeFamilySize).Select(i => new SeedPerson(LargeFamilyMember(i), "Member" + i, "Largo", new DateOnly(1950, 1, 1).AddDays(i * 97), 'U', SeedFlag.No)),
    ];

    /// <summary>The person whose restricted flag is <paramref name="flag"/>, linked to <see cref="FlagHolder"/>.</summary>
    public static string FlagPerson(SeedFlag flag) => (4001 + (int)flag).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of the <paramref name="index"/>th (from 1) member of <see cref="LargeFamily"/>.</summary>
    public static string LargeFamilyMember(int index) => (6000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<SeedLink> Links { get; } =
    [
        .. Both(Child, Mother, SeedRelation.Mother, SeedRelation.Son, parentalResponsibility: true),
        .. Both(Child, Father, SeedRelation.Father, SeedRelation.Son, parentalResponsibility: true),
        .. Both(Child, MothersPartner, SeedRelation.ParentsPartner, SeedRelation.PartnersChild),
        .. Both(Child, Sister, SeedRelation.Sibling, SeedRelation.Sibling),
        .. Both(Child, HalfBrother, SeedRelation.HalfSibling, SeedRelation.HalfSibling),
        .. Both(Child, Grandmother, SeedRelation.Grandparent, SeedRelation.Grandchild),
        .. Both(Child, Grandmother, SeedRelation.FosterCarer, SeedRelation.FosterChild),
        .. Both(Child, FormerStepFather, SeedRelation.StepParent, SeedRelation.StepChild, FormerStepFatherEnd),
        .. Both(Child, RestrictedHalfSister, SeedRelation.HalfSibling, SeedRelation.HalfSibling),
        .. Both(Child, ChildDuplicateRecord, SeedRelation.Duplicate, SeedRelation.Duplicate),
        .. Both(ChildDuplicateRecord, Grandfather, SeedRelation.Grandparent, SeedRelation.Grandchild),
        .. Both(ChildDuplicateRecord, Mother, SeedRelation.Mother, SeedRelation.Son, parentalResponsibility: true),
        new(Child, Child, SeedRelation.Sibling, RelationshipsStart),
        new(Child, PrivateFosterCarer, SeedRelation.PrivateFosterCarer, RelationshipsStart),
        new(PaternalGrandmother, Child, SeedRelation.Grandchild, RelationshipsStart),
        .. Both(RestrictedChild, RestrictedChildsMother, SeedRelation.Mother, SeedRelation.Son, parentalResponsibility: true),
        .. Enum.GetValues<SeedFlag>().SelectMany(flag => Both(FlagHolder, FlagPerson(flag), SeedRelation.Sibling, SeedRelation.Sibling)),
        .. Enumerable.Range(1, LargeFamilySize).SelectMany(i => Both(LargeFamily, LargeFamilyMember(i), SeedRelation.Sibling, SeedRelation.Sibling)),
    ];

    public static IReadOnlyList<SeedWorker> Workers { get; } =
    [
        new(PlainWorker, false, []),
        new(PermittedWorker, true, []),
        new(AllocatedWorker, false, [RestrictedChild]),
    ];

    public static SeedPerson? Person(string id) => People.FirstOrDefault(p => p.Id == id);

    /// <summary>Every row touching the person, from either side, as the CMS tables hold them.</summary>
    public static IReadOnlyList<SeedLink> LinksTouching(string id) =>
        [.. Links.Where(l => l.PersonId == id || l.OtherPersonId == id)];

    private static SeedLink[] Both(string a, string b, SeedRelation bToA, SeedRelation aToB, DateOnly? end = null, bool parentalResponsibility = false) =>
    [
        new(a, b, bToA, RelationshipsStart, end, parentalResponsibility),
        new(b, a, aToB, RelationshipsStart, end, parentalResponsibility),
    ];
}
