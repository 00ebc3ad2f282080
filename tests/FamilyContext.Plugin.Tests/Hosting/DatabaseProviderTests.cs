using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Hosting;

/// <summary>Every store chooses its database by a Provider setting; a wrong one stops start-up, naming the setting to fix.</summary>
public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData(AuditOptions.SectionName)]
    [InlineData(AccessOptions.SectionName)]
    [InlineData(StoreOptions.SectionName)]
    public void An_unknown_provider_stops_start_up_naming_the_setting(string section)
    {
        using var factory = new PluginFactory();
        factory.Settings[$"{section}:Provider"] = "Oracle";

        var error = factory.StartUpFailure();

        Assert.Contains($"{section}:Provider is not a known database", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuditOptions.SectionName)]
    [InlineData(AccessOptions.SectionName)]
    [InlineData(StoreOptions.SectionName)]
    public void PostgreSql_without_a_connection_string_stops_start_up_naming_the_setting(string section)
    {
        using var factory = new PluginFactory();
        factory.Settings[$"{section}:Provider"] = "PostgreSql";
        factory.Settings[$"{section}:ConnectionString"] = "";

        var error = factory.StartUpFailure();

        Assert.Contains($"{section}:ConnectionString is required when {section}:Provider is PostgreSql", error.Message, StringComparison.Ordinal);
    }

}
