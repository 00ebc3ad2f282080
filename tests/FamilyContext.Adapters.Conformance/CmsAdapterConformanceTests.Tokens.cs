using FamilyContext.Plugin.Abstractions;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    [Fact]
    public async Task The_access_token_is_reused_until_shortly_before_it_expires()
    {
        Simulator.Switches.TokenExpiresIn = 600;
        var adapter = CreateAdapter();

        await adapter.GetPersonAsync(Child, CancellationToken.None);
        await adapter.GetPersonAsync(Mother, CancellationToken.None);
        Time.Advance(TimeSpan.FromSeconds(500));
        await adapter.GetPersonAsync(Father, CancellationToken.None);
        Assert.Equal(1, Simulator.Log.TokenRequests);

        Time.Advance(TimeSpan.FromSeconds(70));
        await adapter.GetPersonAsync(Sister, CancellationToken.None);
        Assert.Equal(2, Simulator.Log.TokenRequests);
        Assert.Equal(0, Simulator.Log.Unauthorized);
    }

    [Fact]
    public async Task A_401_refreshes_the_token_once_and_retries_the_call_once()
    {
        var adapter = CreateAdapter();
        await adapter.GetPersonAsync(Child, CancellationToken.None);
        Simulator.ExpireIssuedTokens();

        var mother = await adapter.GetPersonAsync(Mother, CancellationToken.None);

        Assert.Equal(Mother, mother.Id);
        Assert.Equal((2, 1), (Simulator.Log.TokenRequests, Simulator.Log.Unauthorized));
    }

    [Fact]
    public async Task A_token_rejected_after_a_refresh_is_reported_as_access_denied()
    {
        Simulator.Switches.RejectAllTokens = true;

        await Assert.ThrowsAsync<CmsAccessDeniedException>(() => CreateAdapter().GetPersonAsync(Child, CancellationToken.None));

        Assert.Equal((2, 2), (Simulator.Log.TokenRequests, Simulator.Log.Unauthorized));
    }

    [Fact]
    public async Task Refused_client_credentials_are_reported_as_access_denied_before_any_call()
    {
        Simulator.Switches.RefuseClientCredentials = true;

        await Assert.ThrowsAsync<CmsAccessDeniedException>(() => CreateAdapter().GetPersonAsync(Child, CancellationToken.None));

        Assert.Empty(Simulator.Log.Requests);
    }

    [Fact]
    public async Task Health_is_reported_healthy_when_the_CMS_answers()
    {
        var health = await CreateAdapter().CheckHealthAsync(CancellationToken.None);

        Assert.True(health.Healthy, health.Description);
    }

    [Fact]
    public async Task Health_is_reported_unhealthy_without_throwing_when_the_CMS_fails()
    {
        Simulator.Switches.AlwaysFail = true;

        var health = await CreateAdapter(("RetryCount", "0")).CheckHealthAsync(CancellationToken.None);

        Assert.False(health.Healthy);
        Assert.Contains("500", health.Description, StringComparison.Ordinal);
    }
}
