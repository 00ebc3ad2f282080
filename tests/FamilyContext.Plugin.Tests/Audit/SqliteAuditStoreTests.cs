using System.Data.Common;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Commands;
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

    [Theory]
    [InlineData("verify")]
    [InlineData("export")]
    public async Task An_audit_command_on_a_missing_file_is_a_clear_error_and_creates_nothing(string command)
    {
        var missing = Path.Combine(_folder, "elsewhere", "audit.db");
        using var output = new StringWriter();

        var exit = await FamilyContext.Plugin.Commands.FamilyContextCommands.RunAsync(
            ["audit", command, "--provider", "Sqlite", "--connection-string", $"Data Source={missing}"], output, output);

        Assert.Equal(AuditCommands.Unreadable, exit);
        Assert.Contains($"there is no audit trail at {missing}", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
