using FamilyContext.Adapters.Conformance;
using FamilyContext.CmsSimulators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Acme.Tests;

/// <summary>The conformance kit run against the Acme simulator, plus what is particular to Acme.</summary>
public sealed class AcmeAdapterTests : CmsAdapterConformanceTests
{
    protected override string ConfigurationSection => AcmeOptions.SectionName;

    protected override string ShippedMappingFile => "acme-relationships.yaml";

    // Acme documents a blank confidential flag as not confidential; a missing one stays restricted (the kit's default).
    protected override bool BlankFlagIsRestricted => false;

    // Acme writes dd/MM/yyyy, so the format it must not guess is ISO.
    protected override string UndeclaredDateFormat => "yyyy-MM-dd";

    protected override async Task<ICmsSimulator> StartSimulatorAsync() => await AcmeSimulator.StartNewAsync();

    protected override void AddAdapter(IServiceCollection services, IConfiguration configuration) => services.AddAcmeAdapter(configuration);

    [Fact]
    public async Task A_day_first_date_of_birth_is_read_as_the_day_it_names()
    {
        var person = await CreateAdapter().GetPersonAsync(Child, CancellationToken.None);

        Assert.Equal(Person(Child)!.DateOfBirth, person.DateOfBirth);
    }
}
