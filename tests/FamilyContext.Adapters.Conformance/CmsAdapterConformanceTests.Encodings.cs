using FamilyContext.Plugin.Abstractions;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    /// <summary>A date format the adapter does not declare by default. Default "dd/MM/yyyy"; override if your CMS writes that.</summary>
    protected virtual string UndeclaredDateFormat => "dd/MM/yyyy";

    [Fact]
    public async Task Dates_written_day_first_are_read_as_the_days_they_name_when_the_site_declares_that_format()
    {
        Simulator.Switches.DateFormat = "dd/MM/yyyy";
        var adapter = CreateAdapter(("DateFormats:0", "dd/MM/yyyy"));

        var child = await adapter.GetPersonAsync(Child, CancellationToken.None);
        var stepFather = OnlyEntryFor(await ChildRelationshipsAsync(adapter, includeEnded: true), FormerStepFather);

        Assert.Equal(new DateOnly(2015, 4, 1), child.DateOfBirth);
        Assert.Equal((RelationshipsStart, FormerStepFatherEnd), (stepFather.StartDate, stepFather.EndDate));
    }

    [Fact]
    public async Task A_date_in_a_format_the_adapter_does_not_declare_makes_the_CMS_unavailable_never_a_guessed_date()
    {
        Simulator.Switches.DateFormat = UndeclaredDateFormat;
        var adapter = CreateAdapter();

        await Assert.ThrowsAsync<CmsUnavailableException>(() => adapter.GetPersonAsync(Child, CancellationToken.None));
        await Assert.ThrowsAsync<CmsUnavailableException>(() => ChildRelationshipsAsync(adapter));
    }

    [Fact]
    public async Task A_token_lifetime_sent_as_a_string_is_honoured()
    {
        Simulator.Switches.TokenExpiresIn = "600";
        var adapter = CreateAdapter();

        await adapter.GetPersonAsync(Child, CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(500));
        await adapter.GetPersonAsync(Mother, CancellationToken.None);
        Assert.Equal(1, Simulator.Log.TokenRequests);

        Time.Advance(TimeSpan.FromSeconds(70));
        await adapter.GetPersonAsync(Father, CancellationToken.None);
        Assert.Equal(2, Simulator.Log.TokenRequests);
    }

    [Fact]
    public async Task A_token_answer_without_a_lifetime_makes_the_CMS_unavailable_before_any_call()
    {
        Simulator.Switches.TokenExpiresIn = null;

        await Assert.ThrowsAsync<CmsUnavailableException>(() => CreateAdapter().GetPersonAsync(Child, CancellationToken.None));

        Assert.Empty(Simulator.Log.Requests);
    }
}
