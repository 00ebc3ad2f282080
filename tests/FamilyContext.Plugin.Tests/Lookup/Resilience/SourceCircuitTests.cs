using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Lookup.Resilience;

public sealed class SourceCircuitTests : IDisposable
{
    private readonly CountingSource _source = new();
    private readonly PluginFactory _factory;
    private readonly CmsPerson _mother;

    public SourceCircuitTests()
    {
        _factory = new PluginFactory { ConfigureServices = _source.Register };
        _factory.Settings["FamilyContext:Services:police:TimeBudget"] = "00:00:00.300";
        _mother = People.Person("600002", "Jess", "Testwell", _factory.Today.AddYears(-33));
    }

    private InvolvementLookup Lookup => _factory.Services.GetRequiredService<InvolvementLookup>();

    private Task<ServiceCheck> CheckPoliceAsync() =>
        Lookup.CheckAsync(_mother, _factory.Services.GetRequiredService<ServiceCatalogue>().Find("police")!, CancellationToken.None);

    [Fact]
    public async Task After_repeated_failures_the_source_is_not_asked_and_shows_Unavailable_until_the_break_is_over()
    {
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(_mother)));
        _source.FailWith = new InvalidOperationException("connection reset");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(FlagState.Unavailable, (await CheckPoliceAsync()).Flag.State);
        }

        _source.FailWith = null;
        var whileOpen = await CheckPoliceAsync();

        Assert.Equal(FlagState.Unavailable, whileOpen.Flag.State);
        Assert.Contains("failed repeatedly", whileOpen.Flag.Reason, StringComparison.Ordinal);
        Assert.Equal(4, _source.Calls);

        _factory.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(FlagState.Current, (await CheckPoliceAsync()).Flag.State);
        Assert.Equal(5, _source.Calls);
    }

    [Fact]
    public async Task A_source_slower_than_its_budget_shows_Unavailable_and_the_other_services_still_answer()
    {
        await _factory.Store.LoadAsync("police", _factory.Time.GetUtcNow(), People.Record("police", "P1", People.AsRecorded(_mother)));
        await _factory.Store.LoadAsync("housing", _factory.Time.GetUtcNow(), People.Record("housing", "H1", People.AsRecorded(_mother)));
        await _factory.Store.LoadAsync("asc", _factory.Time.GetUtcNow());
        _source.OnlyService = "police";
        _source.Gate = new TaskCompletionSource();

        var flags = await Lookup.FlagsAsync(_mother, CancellationToken.None);

        var police = flags.Single(f => f.ServiceId == "police");
        Assert.Equal(FlagState.Unavailable, police.State);
        Assert.Contains("did not answer in time", police.Reason, StringComparison.Ordinal);
        Assert.Equal(FlagState.Current, flags.Single(f => f.ServiceId == "housing").State);
        Assert.Equal(FlagState.NoRecord, flags.Single(f => f.ServiceId == "asc").State);
        _source.Gate.SetResult();
    }

    public void Dispose() => _factory.Dispose();
}
