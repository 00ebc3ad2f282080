namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// The life of a store contract test: a new empty database for each test, any number of stores over it (playing
/// several instances of the service), all disposed at the end.
/// </summary>
public abstract class DatabaseContractTests<TStore> : IAsyncLifetime
    where TStore : class
{
    private readonly List<TStore> _stores = [];

    /// <summary>This test's database, empty at the start.</summary>
    protected string ConnectionString { get; private set; } = "";

    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>A new store over <see cref="ConnectionString"/>, not yet initialised.</summary>
    protected abstract TStore CreateStore();

    public async Task InitializeAsync() => ConnectionString = await CreateDatabaseAsync();

    public virtual Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            (store as IDisposable)?.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>A store disposed when the test ends.</summary>
    protected TStore NewStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }
}
