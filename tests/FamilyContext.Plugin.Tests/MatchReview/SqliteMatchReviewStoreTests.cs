using FamilyContext.Plugin.MatchReview;
using Microsoft.Data.Sqlite;

namespace FamilyContext.Plugin.Tests.MatchReview;

public sealed class SqliteMatchReviewStoreTests : MatchReviewStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fc-review-").FullName;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(_folder, "match-review.db")}");

    protected override IMatchReviewStore CreateStore() => new SqliteMatchReviewStore(ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
