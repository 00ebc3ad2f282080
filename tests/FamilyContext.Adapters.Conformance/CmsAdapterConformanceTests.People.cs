using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Logging;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    /// <summary>The event id of the "relationship code not in the mapping file" warning.</summary>
    protected const int UnknownCodeEventId = 3101;

    [Fact]
    public async Task A_person_is_read_with_basic_details_and_identifiers()
    {
        var person = await CreateAdapter().GetPersonAsync(Child, CancellationToken.None);

        Assert.Equal(Child, person.Id);
        Assert.Equal(("Ava", "Stone", new DateOnly(2015, 4, 1), Gender.Female), (person.FirstName, person.FamilyName, person.DateOfBirth, person.Gender));
        Assert.Equal(("9434765919", "A123456789012"), (person.NhsNumber, person.Upn));
        Assert.Equal("SK1 1AA", person.Address?.Postcode);
        Assert.False(person.Restricted);
    }

    [Fact]
    public async Task An_unknown_person_is_reported_as_not_found()
    {
        var error = await Assert.ThrowsAsync<CmsPersonNotFoundException>(() => CreateAdapter().GetPersonAsync(UnknownPerson, CancellationToken.None));

        Assert.Equal(UnknownPerson, error.PersonId);
    }

    [Fact]
    public async Task An_unknown_code_is_shown_as_Other_with_the_CMS_wording_and_a_warning()
    {
        var carer = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter()), PrivateFosterCarer);

        var (code, description) = Simulator.Describe(CmsSimulators.SeedRelation.PrivateFosterCarer);
        Assert.Equal(new CmsRelationshipType(code, description, RelationshipType.Other), Assert.Single(carer.Types));
        var warning = Assert.Single(Logs.Entries, e => e.EventId.Id == UnknownCodeEventId);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(code, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_code_is_mapped_through_the_mapping_file_alone()
    {
        var (code, description) = Simulator.Describe(CmsSimulators.SeedRelation.PrivateFosterCarer);
        using var mapping = MappingFile.CopyOfDefault(ShippedMappingFile, $"  - {{ code: {code}, type: Carer, reciprocalType: Other }}");

        var carer = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter(("MappingFile", mapping.Path))), PrivateFosterCarer);

        Assert.Equal(new CmsRelationshipType(code, description, RelationshipType.Carer), Assert.Single(carer.Types));
        Assert.DoesNotContain(Logs.Entries, e => e.EventId.Id == UnknownCodeEventId);
    }

    [Fact]
    public async Task A_code_can_be_mapped_by_its_wording_when_the_site_uses_another_code()
    {
        var (_, description) = Simulator.Describe(CmsSimulators.SeedRelation.PrivateFosterCarer);
        using var mapping = MappingFile.CopyOfDefault(ShippedMappingFile, $"  - {{ description: \"{description}\", type: Carer }}");

        var carer = OnlyEntryFor(await ChildRelationshipsAsync(CreateAdapter(("MappingFile", mapping.Path))), PrivateFosterCarer);

        Assert.Equal(RelationshipType.Carer, Assert.Single(carer.Types).Normalised);
    }

    /// <summary>Every way a date of birth might be written into a log.</summary>
    private static readonly string[] DateWritings = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "MM/dd/yyyy", "M/d/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyyMMdd", "d MMMM yyyy", "d MMM yyyy"];

    [Fact]
    public async Task Nothing_logged_carries_names_dates_of_birth_identifiers_or_tokens_in_any_format_served()
    {
        var adapter = CreateAdapter();
        await ChildRelationshipsAsync(adapter, includeEnded: true);
        await adapter.GetRelationshipsAsync(FlagHolder, new RelationshipQuery(true, AsOf), CancellationToken.None);
        Simulator.ExpireIssuedTokens();
        Simulator.Switches.FailNext(1);
        await adapter.GetPersonAsync(RestrictedChild, CancellationToken.None);
        Simulator.Switches.DateFormat = "dd/MM/yyyy";
        var dayFirst = CreateAdapter(("DateFormats:0", "dd/MM/yyyy"));
        await dayFirst.GetPersonAsync(Child, CancellationToken.None);
        await ChildRelationshipsAsync(dayFirst, includeEnded: true);
        // A date the adapter does not declare (whatever its CMS writes) is refused without logging it.
        Simulator.Switches.DateFormat = UndeclaredDateFormat;
        await Assert.ThrowsAsync<CmsUnavailableException>(() => adapter.GetPersonAsync(Mother, CancellationToken.None));
        Simulator.Switches.MalformedJson = true;
        await Assert.ThrowsAsync<CmsUnavailableException>(() => adapter.GetPersonAsync(Mother, CancellationToken.None));

        Assert.NotEmpty(Logs.Entries);
        Assert.Contains(Simulator.Log.ServedPersonalValues, v => v == "01/04/2015");
        var forbidden = Simulator.Log.ServedPersonalValues
            .Concat(People.SelectMany(p => DateWritings.Select(f => p.DateOfBirth.ToString(f, System.Globalization.CultureInfo.InvariantCulture))))
            .Concat(People.SelectMany(p => new[] { p.FirstName, p.FamilyName, p.NhsNumber, p.Upn }).OfType<string>())
            .Append("sim-").Append(Simulator.ClientSecret)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Logs.Entries)
        {
            var leak = forbidden.FirstOrDefault(f => entry.Message.Contains(f, StringComparison.Ordinal));
            Assert.True(leak is null, $"Log event {entry.EventId.Id} carries personal data: {leak}");
        }
    }
}
