using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilyContext.Plugin.Store;

/// <summary>Registers the local store the configuration names.</summary>
internal static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddRecordStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        services.AddSingleton<StoreChanges>();
        switch (options.Provider.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                var connectionString = options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "familycontext.db") }.ToString();
                services.AddSingleton<IRecordStore>(sp => new SqliteRecordStore(connectionString, sp.GetRequiredService<StoreChanges>()));
                break;
            case "POSTGRESQL":
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException(
                        $"{StoreOptions.SectionName}:ConnectionString is required when {StoreOptions.SectionName}:Provider is PostgreSql " +
                        "(e.g. \"Host=db;Database=familycontext;Username=familycontext;Password=…\").");
                }

                services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString));
                services.AddSingleton<IRecordStore>(sp => new PostgresRecordStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<StoreChanges>()));
                break;
            default:
                throw new InvalidOperationException(
                    $"{StoreOptions.SectionName}:Provider '{options.Provider}' is not a known store. Use Sqlite or PostgreSql.");
        }

        return services;
    }
}
