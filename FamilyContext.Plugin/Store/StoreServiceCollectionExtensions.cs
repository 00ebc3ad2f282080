using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FamilyContext.Plugin.Store;

/// <summary>Registers the local store the configuration names.</summary>
internal static class StoreServiceCollectionExtensions
{
    private static readonly string[] Providers = ["Sqlite", "PostgreSql"];

    public static IServiceCollection AddRecordStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Options are read when the store is first resolved, not here: configuration added by hosts and tests
        // after registration must count.
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .Validate(o => Providers.Contains(o.Provider.Trim(), StringComparer.OrdinalIgnoreCase),
                $"{StoreOptions.SectionName}:Provider is not a known store. Use Sqlite or PostgreSql.")
            .Validate(o => !IsPostgres(o) || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{StoreOptions.SectionName}:ConnectionString is required when {StoreOptions.SectionName}:Provider is PostgreSql " +
                "(e.g. \"Host=db;Database=familycontext;Username=familycontext;Password=…\").")
            .ValidateOnStart();
        services.AddSingleton<StoreChanges>();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<StoreOptions>>().Value.ConnectionString!));
        services.AddSingleton<IRecordStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var changes = sp.GetRequiredService<StoreChanges>();
            return IsPostgres(options)
                ? new PostgresRecordStore(sp.GetRequiredService<NpgsqlDataSource>(), changes)
                : new SqliteRecordStore(options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "familycontext.db") }.ToString(), changes);
        });
        return services;
    }

    private static bool IsPostgres(StoreOptions options) => options.Provider.Trim().Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);
}
