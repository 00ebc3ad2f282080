using FamilyContext.Plugin.Access;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Hosting;

/// <summary>
/// Applies the store's, the audit trail's and the access rules' migrations and, in the demo, generates the synthetic council — in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, which the host finishes before any service starts,
/// the web server included: no request ever meets a half-initialised store.
/// </summary>
internal sealed class StartupInitialiser(IRecordStore store, IAuditStore audit, IAccessRuleStore accessRules, IServiceProvider services,
    ILogger<StartupInitialiser> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await store.InitialiseAsync(cancellationToken);
        await audit.InitialiseAsync(cancellationToken);
        await AuditStartLog.ReportAsync(audit, logger, cancellationToken);
        await accessRules.InitialiseAsync(cancellationToken);
        await services.GetRequiredService<Launch.LaunchReplayGuard>().MarkStartAsync(cancellationToken);
        if (services.GetService<DemoSeeder>() is { } seeder)
        {
            await seeder.SeedAsync(cancellationToken);
        }

        if (services.GetService<DemoUsageHistory>() is { } history)
        {
            await history.GenerateAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
