using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Alerts;

/// <summary>Stopping the service while it waits for alerts is a normal stop, not a failed background service
/// (which the host logs as critical and answers by stopping itself).</summary>
public sealed class AlertDeliveryStopTests
{
    [Fact]
    public async Task Stopping_while_waiting_for_an_alert_ends_the_delivery_without_a_fault()
    {
        var dispatcher = new AlertDispatcher(new Fixed(new AlertOptions { GroupWindow = TimeSpan.Zero }), NullLogger<AlertDispatcher>.Instance);
        var sender = new Recording();
        using var delivery = new AlertDeliveryService(dispatcher, [sender], NullLogger<AlertDeliveryService>.Instance);

        await delivery.StartAsync(CancellationToken.None);
        dispatcher.Raise(AuditRecord.Create(
            1, new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
            new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, "sw-1", "demo", "730001", Detail: "rate limit", Alert: true),
            AuditChain.Genesis));

        // The alert delivered proves the loop is running and now waits for the next one.
        Assert.Equal(1L, (await sender.First.Task.WaitAsync(TimeSpan.FromSeconds(30))).Sequence);

        await delivery.StopAsync(CancellationToken.None);

        Assert.True(delivery.ExecuteTask!.IsCompletedSuccessfully, $"The delivery ended {delivery.ExecuteTask.Status}.");
    }

    private sealed class Recording : IAlertSender
    {
        public TaskCompletionSource<AlertMessage> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task SendAsync(AlertMessage alert, CancellationToken cancellationToken)
        {
            First.TrySetResult(alert);
            return Task.CompletedTask;
        }
    }

    private sealed class Fixed(AlertOptions value) : IOptionsMonitor<AlertOptions>
    {
        public AlertOptions CurrentValue => value;

        public AlertOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AlertOptions, string?> listener) => null;
    }
}
