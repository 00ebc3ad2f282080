using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Store;

/// <summary>Registers the local store the configuration names.</summary>
internal static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddRecordStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        switch (options.Provider.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                var connectionString = options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "familycontext.db") }.ToString();
                services.AddSingleton<IRecordStore>(new SqliteRecordStore(connectionString));
                break;
            default:
                throw new InvalidOperationException(
                    $"{StoreOptions.SectionName}:Provider '{options.Provider}' is not a known store. Use Sqlite or PostgreSql.");
        }

        return services;
    }
}
