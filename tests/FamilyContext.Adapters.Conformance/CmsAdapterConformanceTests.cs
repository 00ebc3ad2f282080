using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FamilyContext.Adapters.Conformance;

/// <summary>
/// Every behaviour a CMS adapter must show, stated once. An adapter's test project subclasses this, says how to
/// start its simulator and how to register the adapter, and gets every test run over real HTTP.
/// The simulator is strict: a call it did not expect fails the test.
/// </summary>
public abstract partial class CmsAdapterConformanceTests : IAsyncLifetime
{
    /// <summary>The day relationships are judged against: after the former step-father's end date.</summary>
    protected static readonly DateOnly AsOf = new(2025, 6, 1);

    private readonly List<ServiceProvider> _providers = [];
    private ICmsSimulator? _simulator;

    /// <summary>The simulator for this test, started before it.</summary>
    protected ICmsSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    /// <summary>The adapter's clock.</summary>
    protected ManualTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Everything the adapter logged.</summary>
    protected CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The adapter's configuration section, e.g. "FamilyContext:Cms:Mosaic".</summary>
    protected abstract string ConfigurationSection { get; }

    /// <summary>The file name of the adapter's shipped mapping file under <c>mappings/</c> in the output folder.</summary>
    protected abstract string ShippedMappingFile { get; }

    /// <summary>Starts the vendor's simulator.</summary>
    protected abstract Task<ICmsSimulator> StartSimulatorAsync();

    /// <summary>Registers the adapter under test as the <see cref="ICmsAdapter"/>, reading its settings from <paramref name="configuration"/>.</summary>
    protected abstract void AddAdapter(IServiceCollection services, IConfiguration configuration);

    public async Task InitializeAsync() => _simulator = await StartSimulatorAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        var unexpected = Simulator.Log.UnexpectedCalls;
        await Simulator.DisposeAsync();
        Assert.True(unexpected.Count == 0, "The simulator received calls it did not expect:\n" + string.Join('\n', unexpected));
    }

    /// <summary>
    /// Builds the adapter through its own registration, pointed at the simulator, with quick retries;
    /// <paramref name="settings"/> are (key under the section, value) overrides, a null value removing the key.
    /// </summary>
    protected ICmsAdapter CreateAdapter(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["BaseUrl"] = Simulator.BaseUrl.ToString(),
            ["TokenUrl"] = Simulator.TokenUrl.ToString(),
            ["ClientId"] = Simulator.ClientId,
            ["ClientSecret"] = Simulator.ClientSecret,
            ["Timeout"] = "00:00:05",
            ["RetryCount"] = "2",
            ["RetryBaseDelay"] = "00:00:00.005",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string?>($"{ConfigurationSection}:{v.Key}", v.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Time);
        AddAdapter(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(provider);
        return provider.GetRequiredService<ICmsAdapter>();
    }

    /// <summary>The child's relationships as of <see cref="AsOf"/>, ended ones left out.</summary>
    protected static Task<IReadOnlyList<CmsRelationship>> ChildRelationshipsAsync(ICmsAdapter adapter, bool includeEnded = false) =>
        adapter.GetRelationshipsAsync(SeedFamily.Child, new RelationshipQuery(includeEnded, AsOf), CancellationToken.None);

    /// <summary>The one entry for <paramref name="personId"/>; fails when there is none or more than one.</summary>
    protected static CmsRelationship OnlyEntryFor(IReadOnlyList<CmsRelationship> relationships, string personId) =>
        Assert.Single(relationships, r => r.RelatedPerson.Id == personId);
}
