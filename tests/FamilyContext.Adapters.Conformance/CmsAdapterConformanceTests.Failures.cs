using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    [Fact]
    public async Task A_transient_server_error_is_retried_and_the_call_succeeds()
    {
        Simulator.Switches.FailNext(1);

        var person = await CreateAdapter().GetPersonAsync(Child, CancellationToken.None);

        Assert.Equal(Child, person.Id);
        Assert.Equal(2, Simulator.Log.CountRequests(SimulatorRoute.Person, Child));
    }

    [Fact]
    public async Task Persistent_server_errors_make_the_CMS_unavailable_after_the_configured_retries()
    {
        Simulator.Switches.AlwaysFail = true;

        await Assert.ThrowsAsync<CmsUnavailableException>(() => CreateAdapter(("RetryCount", "3")).GetPersonAsync(Child, CancellationToken.None));

        Assert.Equal(4, Simulator.Log.CountRequests(SimulatorRoute.Person, Child));
    }

    [Fact]
    public async Task Server_errors_while_reading_relationships_make_the_CMS_unavailable_never_an_empty_list()
    {
        Simulator.Switches.AlwaysFail = true;

        await Assert.ThrowsAsync<CmsUnavailableException>(() => ChildRelationshipsAsync(CreateAdapter(("RetryCount", "0"))));
    }

    [Fact]
    public async Task Malformed_JSON_makes_the_CMS_unavailable_without_retrying()
    {
        Simulator.Switches.MalformedJson = true;
        var adapter = CreateAdapter();

        await Assert.ThrowsAsync<CmsUnavailableException>(() => adapter.GetPersonAsync(Child, CancellationToken.None));
        await Assert.ThrowsAsync<CmsUnavailableException>(() => ChildRelationshipsAsync(adapter));

        Assert.Equal(2, Simulator.Log.Requests.Count);
    }

    [Fact]
    public async Task A_CMS_slower_than_the_timeout_is_unavailable()
    {
        Simulator.Switches.Latency = TimeSpan.FromSeconds(30);

        await Assert.ThrowsAsync<CmsUnavailableException>(() => CreateAdapter(("Timeout", "00:00:00.200")).GetPersonAsync(Child, CancellationToken.None));
    }

    [Fact]
    public async Task A_forbidden_answer_is_reported_as_access_denied_without_retrying()
    {
        Simulator.Switches.Forbidden = true;

        await Assert.ThrowsAsync<CmsAccessDeniedException>(() => CreateAdapter().GetPersonAsync(Child, CancellationToken.None));

        Assert.Single(Simulator.Log.Requests);
    }

    [Fact]
    public async Task A_cancelled_call_is_cancelled_not_reported_as_a_CMS_failure()
    {
        Simulator.Switches.Latency = TimeSpan.FromSeconds(30);
        using var cancel = new CancellationTokenSource();
        var call = CreateAdapter().GetPersonAsync(Child, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
