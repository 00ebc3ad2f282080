using FamilyContext.Plugin.Database;
using FamilyContext.Plugin.Lookup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>Registers the clerical review store and the lookup's view of it.</summary>
internal static class MatchReviewServiceCollectionExtensions
{
    public static IServiceCollection AddMatchReview(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<MatchReviewOptions>()
            .Bind(configuration.GetSection(MatchReviewOptions.SectionName))
            .ValidateProvider(MatchReviewOptions.SectionName, o => o.Provider, o => o.ConnectionString)
            .ValidateOnStart();
        services.AddSingleton<IMatchReviewStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MatchReviewOptions>>().Value;
            return DatabaseProvider.IsPostgres(options.Provider)
                ? new PostgresMatchReviewStore(options.ConnectionString!)
                : new SqliteMatchReviewStore(options.ConnectionString
                    ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, ".data", "match-review.db") }.ToString());
        });
        services.AddSingleton<IClericalReviews, StoredClericalReviews>();
        services.AddSingleton<MatchReviewRecorder>();
        services.AddHostedService<MatchReviewInitialiser>();
        return services;
    }
}
