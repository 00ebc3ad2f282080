using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Ingest;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>
/// The service's registrations as the ingest command builds them, over temporary SQLite files and a fixed clock;
/// runs ingests and reads back the store, the audit trail and the reports.
/// </summary>
public sealed class IngestHost : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;

    static IngestHost() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public IngestHost(Dictionary<string, string?>? settings = null)
    {
        Folder = Directory.CreateTempSubdirectory("fc-ingest-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ContentRootPath = Folder });
        // The service's own settings (its four services), then this test's files.
        builder.Configuration.AddJsonFile(Path.Combine(RepositoryRoot(), "FamilyContext.Plugin", "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FamilyContext:Store:ConnectionString"] = $"Data Source={Path.Combine(Folder, "store.db")}",
            ["FamilyContext:Audit:ConnectionString"] = $"Data Source={Path.Combine(Folder, "audit.db")}",
            ["FamilyContext:Access:ConnectionString"] = $"Data Source={Path.Combine(Folder, "access.db")}",
            ["FamilyContext:Ingest:ReportDirectory"] = Path.Combine(Folder, "reports"),
            ["FamilyContext:Ingest:StaffDirectory"] = Path.Combine(Folder, "kept", "staff-directory.csv"),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now));
        _host = builder.Build();
    }

    public string Folder { get; }

    public IRecordStore Store => _host.Services.GetRequiredService<IRecordStore>();

    public static string Sample(string name) => Path.Combine(RepositoryRoot(), "samples", name);

    /// <summary>Writes a file into the test's folder and returns its path.</summary>
    public string Write(string name, string text, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <param name="asOfFromFiles">Leave --current-as-of out, so the extract's own date is used (the data-sources file's, or the file's time).</param>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string service, string file, string? mapping, bool dryRun = false, DateTimeOffset? currentAsOf = null, bool asOfFromFiles = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var request = new IngestRequest(service, file, mapping, currentAsOf ?? (asOfFromFiles ? null : Now.AddHours(-3)), dryRun, Actor: "analyst-1");
        var code = await IngestCommand.RunAsync(_host.Services, request, new LineProgress(output, TimeProvider.System, TimeSpan.FromHours(1)), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>An ingest run on a running service's own registrations (its store, audit trail and report folder), as the command would run it there.</summary>
    public static async Task<int> RunOnAsync(IServiceProvider services, string service, string file, string mapping, DateTimeOffset currentAsOf, bool dryRun)
    {
        using var output = new StringWriter();
        var request = new IngestRequest(service, file, mapping, currentAsOf, dryRun, Actor: "analyst-1");
        return await IngestCommand.RunAsync(services, request, new LineProgress(output, TimeProvider.System, TimeSpan.FromHours(1)), output, output, CancellationToken.None);
    }

    /// <summary><c>ingest staff-directory FILE</c>, as the command line runs it.</summary>
    public async Task<(int ExitCode, string Output, string Error)> KeepStaffDirectoryAsync(string file)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await StaffDirectoryCommand.RunAsync(_host.Services, file, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public Task<IReadOnlyList<AuditRecord>> AuditAsync() =>
        _host.Services.GetRequiredService<IAuditStore>().SearchAsync(new AuditQuery(), CancellationToken.None);

    /// <summary>The reports written so far, HTML and JSON, oldest first.</summary>
    public IReadOnlyList<string> Reports(string extension) =>
        Directory.Exists(Path.Combine(Folder, "reports"))
            ? [.. Directory.GetFiles(Path.Combine(Folder, "reports"), "*." + extension).Order(StringComparer.Ordinal)]
            : [];

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FamilyContext.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (FamilyContext.sln) was not found above the test binaries.");
    }

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
