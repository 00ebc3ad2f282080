using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Npgsql;

namespace FamilyContext.Plugin.Tests.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordStoreTests(PostgresServer server) : RecordStoreContractTests, IDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];

    protected override async Task<IRecordStore> CreateStoreAsync()
    {
        var source = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
        _sources.Add(source);
        return new PostgresRecordStore(source, Changes);
    }

    public void Dispose() => _sources.ForEach(s => s.Dispose());
}
