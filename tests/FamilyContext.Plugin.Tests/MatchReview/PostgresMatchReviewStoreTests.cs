using System.Net;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.MatchReview;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMatchReviewStoreTests(PostgresServer server) : MatchReviewStoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync();

    protected override IMatchReviewStore CreateStore() => new PostgresMatchReviewStore(ConnectionString);

    [Fact]
    public async Task A_match_confirmed_on_one_instance_shows_as_confirmed_on_another_at_once_and_a_reversal_there_applies_on_both()
    {
        using var one = new PluginFactory();
        one.Settings["FamilyContext:MatchReview:Provider"] = "PostgreSql";
        one.Settings["FamilyContext:MatchReview:ConnectionString"] = ConnectionString;
        using var other = new PluginFactory();
        other.Settings["FamilyContext:MatchReview:Provider"] = "PostgreSql";
        other.Settings["FamilyContext:MatchReview:ConnectionString"] = ConnectionString;
        other.Settings["FamilyContext:Store:ConnectionString"] = one.StoreConnectionString;
        var family = new PossibleMatchFamily(one);
        _ = new PossibleMatchFamily(other);
        // Both started (the demo seeds an empty store on start) before the police extract is loaded.
        _ = other.Services;
        await family.LoadAsync();
        using var browserOne = one.Browser();
        using var browserOther = other.Browser();
        var sessionOne = await one.LaunchAsync(browserOne, family.Child.Id);
        var sessionOther = await other.LaunchAsync(browserOther, family.Child.Id);
        // The other instance has looked already: its cached answer says possible.
        Assert.Contains("Possible match", await browserOther.GetStringAsync(new Uri(family.DetailPath(sessionOther), UriKind.Relative)), StringComparison.Ordinal);

        var confirmed = await PossibleMatchFamily.ConfirmAsync(browserOne, family.DetailPath(sessionOne));
        var seenByOther = await browserOther.GetStringAsync(new Uri(family.DetailPath(sessionOther), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.IsType<PostgresMatchReviewStore>(one.Services.GetRequiredService<IMatchReviewStore>());
        Assert.Contains(PossibleMatchFamily.Offence, seenByOther, StringComparison.Ordinal);
        Assert.Contains("Confirmed by Test worker on 21 November 2026", seenByOther, StringComparison.Ordinal);

        var review = Assert.Single(await other.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
        await other.Services.GetRequiredService<MatchReviewRecorder>().ReverseAsync(review.Id, "mgr-1", "Confirmed with the wrong force", CancellationToken.None);

        var seenByOne = await browserOne.GetStringAsync(new Uri(family.DetailPath(sessionOne), UriKind.Relative));
        Assert.Contains("Possible match", seenByOne, StringComparison.Ordinal);
        Assert.DoesNotContain(PossibleMatchFamily.Offence, seenByOne, StringComparison.Ordinal);
    }
}
