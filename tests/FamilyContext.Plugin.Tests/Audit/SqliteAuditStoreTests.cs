using System.Data.Common;
using FamilyContext.Plugin.Audit;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.Audit;

public sealed class SqliteAuditStoreTests : AuditStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-audit-").FullName;

    protected override string Provider => "Sqlite";

    protected override string DisableGuardsSql => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(_folder, "audit.db")}");

    protected override IAuditStore CreateStore() => new SqliteAuditStore(ConnectionString);

    protected override DbConnection Connect() => new SqliteConnection($"{ConnectionString};Pooling=false");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
