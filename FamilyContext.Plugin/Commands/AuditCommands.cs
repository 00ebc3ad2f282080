using System.CommandLine;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Database;
using FamilyContext.Plugin.Hosting;
using FamilyContext.Plugin.Time;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Commands;

/// <summary>
/// <c>audit verify</c> walks the whole chain: exit 0 intact, 1 broken (saying where and why), 2 unreadable or a bad
/// argument, 3 intact but a noted head lies past its end. <c>audit export</c> writes records as CSV. Both read the same
/// configuration as the service, and neither creates or changes anything.
/// </summary>
internal static class AuditCommands
{
    public const int Intact = 0;
    public const int Broken = 1;
    public const int Unreadable = 2;
    public const int AnchorBeyondEnd = 3;

    public static Command Create()
    {
        var provider = new Option<string?>("--provider") { Description = "The audit store's database, Sqlite or PostgreSql (default: from configuration)." };
        var connection = new Option<string?>("--connection-string") { Description = "The audit store's connection string (default: from configuration)." };
        var anchor = new Option<string?>("--anchor") { Description = "A head printed by an earlier verify (sequence:hash); the trail must still hold it." };
        var verify = new Command("verify", "Check that no audit record has been changed, removed or inserted.") { provider, connection, anchor };
        verify.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var noted = parse.GetValue(anchor)?.Trim();
            if (noted is not null && !AuditChain.IsWellFormedHead(noted))
            {
                await error.WriteLineAsync("The --anchor is not a head. Give it as printed by audit verify: the record number, a colon, and 64 letters and digits (e.g. 1234:9f86d0…).");
                return Unreadable;
            }

            AuditVerification result;
            try
            {
                var store = Open(parse.GetValue(provider), parse.GetValue(connection));
                result = await AuditChain.VerifyAsync(store.ReadAllAsync(ct), ct, noted);
            }
            catch (AuditRecordUnreadableException e)
            {
                await error.WriteLineAsync($"Audit trail BROKEN at record {e.Sequence}: its {e.Field} is not one the service writes: it was changed.");
                return Broken;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or OptionsValidationException)
            {
                await error.WriteLineAsync($"The audit trail could not be read ({e.GetType().Name}: {e.Message}).");
                return Unreadable;
            }

            if (!result.Intact)
            {
                await error.WriteLineAsync(
                    $"Audit trail BROKEN at record {result.BrokenAt}: {result.Problem}. {result.RecordsChecked} records before it are intact.");
                return Broken;
            }

            if (result.AnchorBeyondEnd)
            {
                await error.WriteLineAsync(
                    $"The noted head {noted} is past the trail's last record ({result.Head ?? "the trail is empty"}). The {result.RecordsChecked} records the trail holds are intact. " +
                    "Either the head was noted or typed wrongly, or records after the last one were removed. Check the head against where you noted it.");
                return AnchorBeyondEnd;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Audit trail intact: {result.RecordsChecked} records checked. Head: {result.Head ?? "(empty)"} — note it to check later that nothing was cut off the end.");
            return Intact;
        });

        var from = new Option<DateOnly?>("--from") { Description = "First day, UK time (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day, inclusive, UK time (yyyy-mm-dd)." };
        var user = new Option<string?>("--user") { Description = "Worker or user id." };
        var child = new Option<string?>("--child") { Description = "Child's CMS id." };
        var export = new Command("export", "Write every matching audit record as CSV to standard output, newest first.") { provider, connection, from, to, user, child };
        export.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var (first, last) = (parse.GetValue(from), parse.GetValue(to));
            if (first > last)
            {
                await error.WriteLineAsync("The --from date must be the same as or before the --to date.");
                return Unreadable;
            }

            var query = new AuditQuery(first is { } f ? UkDates.StartOfDay(f) : null, last is { } t ? UkDates.EndOfDay(t) : null,
                parse.GetValue(user), parse.GetValue(child), Limit: int.MaxValue);
            IReadOnlyList<AuditRecord> records;
            try
            {
                records = await Open(parse.GetValue(provider), parse.GetValue(connection)).SearchAsync(query, ct);
            }
            catch (AuditRecordUnreadableException e)
            {
                await error.WriteLineAsync($"Record {e.Sequence} cannot be exported: its {e.Field} is not one the service writes. Run audit verify.");
                return Broken;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or OptionsValidationException)
            {
                await error.WriteLineAsync($"The audit trail could not be read ({e.GetType().Name}: {e.Message}).");
                return Unreadable;
            }

            await parse.InvocationConfiguration.Output.WriteAsync(AuditCsv.Write(records));
            await error.WriteLineAsync($"{records.Count} records exported.");
            return 0;
        });

        return new Command("audit", "The audit trail.") { verify, export };
    }

    /// <summary>
    /// The configured store, read as it is: never created or migrated here, so verifying changes nothing. A SQLite file
    /// is opened read-only, and a missing one is an error rather than a new, empty trail.
    /// </summary>
    private static IAuditStore Open(string? provider, string? connectionString)
    {
        // The same configuration sources as the service (appsettings, environment, user secrets), without starting it.
        var builder = AppContentRoot.CommandHostBuilder();
        if (provider is not null)
        {
            builder.Configuration[$"{AuditOptions.SectionName}:Provider"] = provider;
        }

        if (connectionString is not null)
        {
            builder.Configuration[$"{AuditOptions.SectionName}:ConnectionString"] = connectionString;
        }

        builder.Services.AddAudit(builder.Configuration, builder.Environment);
        var services = builder.Build().Services;
        var options = services.GetRequiredService<IOptions<AuditOptions>>().Value;
        if (DatabaseProvider.IsPostgres(options.Provider))
        {
            return services.GetRequiredService<IAuditStore>();
        }

        var sqlite = new SqliteConnectionStringBuilder(AuditServiceCollectionExtensions.SqliteConnectionString(options, builder.Environment)) { Mode = SqliteOpenMode.ReadOnly };
        if (!File.Exists(Path.GetFullPath(sqlite.DataSource)))
        {
            throw new IOException($"there is no audit trail at {Path.GetFullPath(sqlite.DataSource)}; check {AuditOptions.SectionName}:ConnectionString");
        }

        return new SqliteAuditStore(sqlite.ToString());
    }
}
