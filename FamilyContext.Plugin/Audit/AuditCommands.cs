using System.CommandLine;
using FamilyContext.Plugin.Admin;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// <c>audit verify</c> walks the whole chain and exits 0 when intact, 1 when broken (saying where and why);
/// <c>audit export</c> writes records as CSV. Both read the same configuration as the service.
/// </summary>
internal static class AuditCommands
{
    public const int Intact = 0;
    public const int Broken = 1;
    public const int Unreadable = 2;

    public static Command Create()
    {
        var provider = new Option<string?>("--provider") { Description = "The audit store's database, Sqlite or PostgreSql (default: from configuration)." };
        var connection = new Option<string?>("--connection-string") { Description = "The audit store's connection string (default: from configuration)." };
        var anchor = new Option<string?>("--anchor") { Description = "A head printed by an earlier verify (sequence:hash); the trail must still hold it." };
        var verify = new Command("verify", "Check that no audit record has been changed, removed or inserted.") { provider, connection, anchor };
        verify.SetAction(async (parse, ct) =>
        {
            AuditVerification result;
            try
            {
                var store = Open(parse.GetValue(provider), parse.GetValue(connection));
                result = await AuditChain.VerifyAsync(store.ReadAllAsync(ct), ct, parse.GetValue(anchor));
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"The audit trail could not be read ({e.GetType().Name}: {e.Message}).");
                return Unreadable;
            }

            if (result.Intact)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"Audit trail intact: {result.RecordsChecked} records checked. Head: {result.Head ?? "(empty)"} — note it to check later that nothing was cut off the end.");
                return Intact;
            }

            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"Audit trail BROKEN at record {result.BrokenAt}: {result.Problem}. {result.RecordsChecked} records before it are intact.");
            return Broken;
        });

        var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-mm-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day, inclusive (yyyy-mm-dd)." };
        var user = new Option<string?>("--user") { Description = "Worker or user id." };
        var child = new Option<string?>("--child") { Description = "Child's CMS id." };
        var export = new Command("export", "Write audit records as CSV to standard output, newest first.") { provider, connection, from, to, user, child };
        export.SetAction(async (parse, ct) =>
        {
            var query = new AuditQuery(
                parse.GetValue(from) is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                parse.GetValue(to) is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                parse.GetValue(user), parse.GetValue(child), Limit: int.MaxValue);
            IReadOnlyList<AuditRecord> records;
            try
            {
                records = await Open(parse.GetValue(provider), parse.GetValue(connection)).SearchAsync(query, ct);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"The audit trail could not be read ({e.GetType().Name}: {e.Message}).");
                return Unreadable;
            }

            await parse.InvocationConfiguration.Output.WriteAsync(AuditCsv.Write(records));
            return 0;
        });

        return new Command("audit", "The audit trail.") { verify, export };
    }

    /// <summary>The configured store, read as it is: never created or migrated here, so verifying changes nothing.</summary>
    private static IAuditStore Open(string? provider, string? connectionString)
    {
        // The same configuration sources as the service (appsettings, environment, user secrets), without starting it.
        var builder = Host.CreateApplicationBuilder();
        if (provider is not null)
        {
            builder.Configuration[$"{AuditOptions.SectionName}:Provider"] = provider;
        }

        if (connectionString is not null)
        {
            builder.Configuration[$"{AuditOptions.SectionName}:ConnectionString"] = connectionString;
        }

        builder.Services.AddAudit(builder.Configuration, builder.Environment);
        return builder.Build().Services.GetRequiredService<IAuditStore>();
    }
}
