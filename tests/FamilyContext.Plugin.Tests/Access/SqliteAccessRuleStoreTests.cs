using FamilyContext.Plugin.Access;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Access;

public sealed class SqliteAccessRuleStoreTests : AccessRuleStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-access-").FullName;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(_folder, "access.db")}");

    protected override IAccessRuleStore CreateStore() => new SqliteAccessRuleStore(ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
