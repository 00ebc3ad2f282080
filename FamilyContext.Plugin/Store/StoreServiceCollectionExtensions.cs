using FamilyContext.Plugin.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FamilyContext.Plugin.Store;

/// <summary>Registers the local store the configuration names.</summary>
internal static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddRecordStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Options are read when the store is first resolved, not here: configuration added by hosts and tests
        // after registration must count.
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateProvider(StoreOptions.SectionName, o => o.Provider, o => o.ConnectionString)
            .ValidateOnStart();
        services.AddSingleton<StoreChanges>();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<StoreOptions>>().Value.ConnectionString!));
        services.AddSingleton<IRecordStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var changes = sp.GetRequiredService<StoreChanges>();
            return DatabaseProvider.IsPostgres(options.Provider)
                ? new PostgresRecordStore(sp.GetRequiredService<NpgsqlDataSource>(), changes)
                : new SqliteRecordStore(options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "familycontext.db") }.ToString(), changes);
        });
        return services;
    }
}
