using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Store;

public sealed class SqliteRecordStoreTests : RecordStoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-store-").FullName;

    protected override Task<IRecordStore> CreateStoreAsync() =>
        Task.FromResult<IRecordStore>(new SqliteRecordStore($"Data Source={Path.Combine(_folder, "store.db")}", Changes));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
