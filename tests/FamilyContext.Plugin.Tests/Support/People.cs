using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Made-up people and records for tests.</summary>
public static class People
{
    public static CmsPerson Person(string id, string first, string family, DateOnly dob, Gender gender = Gender.Female,
        string postcode = "SK4 2AB", string? nhs = null, string? upn = null, bool restricted = false) =>
        new(id, first, family, dob, gender, new CmsAddress("1 Test Street", null, "Stockport", postcode), nhs, upn, null, restricted);

    public static RecordPerson AsRecorded(CmsPerson p) => new(
        p.FirstName, p.FamilyName, p.DateOfBirth, p.Gender, p.Address?.Line1, p.Address?.Postcode, null, p.NhsNumber, p.Upn, null);

    public static ServiceRecord Record(string service, string recordId, RecordPerson person, Involvement involvement = Involvement.Current,
        Practitioner? practitioner = null, JsonObject? details = null) =>
        new(service, recordId, person, involvement, new DateOnly(2024, 1, 10), involvement == Involvement.Historic ? new DateOnly(2025, 3, 1) : null,
            practitioner ?? new Practitioner("Alex Practitioner", "Case worker", "Test Service", "0161 496 0123", "alex.practitioner@example.org"),
            details ?? []);

    /// <summary>An eight-year-old child in the factory's CMS, linked to her mother (33).</summary>
    public static (CmsPerson Child, CmsPerson Mother) AddChildAndMother(this PluginFactory factory)
    {
        var child = factory.Cms.Add(Person("500001", "Ava", "Testwell", factory.Today.AddYears(-8)));
        var mother = Person("500002", "Jess", "Testwell", factory.Today.AddYears(-33));
        factory.Cms.Link(child.Id, mother, RelationshipType.Parent, "Mother : Daughter");
        return (child, mother);
    }

    /// <summary>Replaces a service's extract with exactly these records, current as of an hour before <paramref name="now"/>.</summary>
    public static Task LoadAsync(this IRecordStore store, string service, DateTimeOffset now, params ServiceRecord[] records) =>
        store.ReplaceServiceAsync(
            new SourceMetadata(service, now.AddHours(-1), null, null, "Test area", $"Covers the {service} test extract.", now, records.Length),
            records, CancellationToken.None);
}
