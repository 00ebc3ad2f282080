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
internal sealed partial class StartupInitialiser(IRecordStore store, IAuditStore audit, IAccessRuleStore accessRules, IServiceProvider services,
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
            try
            {
                await history.GenerateAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Made-up history only fills the demo's reports: the demo starts without it.
                HistoryFailed(logger, e.GetType().Name);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "The demo's made-up usage history could not be written ({ExceptionType}); the demo starts without it")]
    private static partial void HistoryFailed(ILogger logger, string exceptionType);
}
