using System.Data.Common;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;
using Npgsql;

namespace FamilyContext.Plugin.Tests.Audit;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditStoreTests(PostgresServer server) : AuditStoreContractTests
{
    protected override string Provider => "PostgreSql";

    protected override string DisableGuardsSql => "ALTER TABLE audit_log DISABLE TRIGGER USER";

    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync();

    protected override IAuditStore CreateStore() => new PostgresAuditStore(ConnectionString);

    protected override DbConnection Connect() => new NpgsqlConnection(ConnectionString);

    [Fact]
    public async Task The_store_refuses_to_truncate_the_trail()
    {
        await AppendSomeAsync(await InitialisedAsync(), 2);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync("TRUNCATE audit_log"));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_starting_together_apply_the_migrations_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => NewStore()).ToList();

        await Task.WhenAll(stores.Select(s => s.InitialiseAsync(CancellationToken.None)));

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_schema_migrations", connection);
        Assert.Equal((long)PostgresAuditStore.Migrations.Length, await command.ExecuteScalarAsync());
        await AppendSomeAsync(stores[3], 1);
    }
}
