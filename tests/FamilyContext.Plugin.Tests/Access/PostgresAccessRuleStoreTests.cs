using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Access;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccessRuleStoreTests(PostgresServer server) : AccessRuleStoreContractTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync();

    protected override IAccessRuleStore CreateStore() => new PostgresAccessRuleStore(ConnectionString);

    [Fact]
    public async Task The_service_configured_for_PostgreSql_keeps_its_rules_there()
    {
        using var factory = new PluginFactory();
        factory.Settings["FamilyContext:Access:Provider"] = "PostgreSql";
        factory.Settings["FamilyContext:Access:ConnectionString"] = ConnectionString;

        var rules = factory.Services.GetRequiredService<IAccessRuleStore>();
        var rule = await rules.AddAsync(AccessSubjectKind.Group, "team-a", AccessEffect.Permit, null, "mgr", factory.Time.GetUtcNow(), CancellationToken.None);

        Assert.IsType<PostgresAccessRuleStore>(rules);
        Assert.Equal([rule], await NewStore().ListAsync(CancellationToken.None));
    }
}
