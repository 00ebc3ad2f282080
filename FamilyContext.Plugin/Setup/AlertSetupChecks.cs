using System.Net.Mail;
using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// Where alerts go (the webhook, email), and on request a test alert sent to each, with the outcome audited. The test
/// alert names no one: it carries the action <see cref="AuditActions.AlertTested"/> and a sentence saying it is a test.
/// </summary>
internal static class AlertSetupChecks
{
    public const string Area = "Alerts";
    private static readonly TimeSpan SendLimit = TimeSpan.FromSeconds(20);

    public static SetupCheck Destinations(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AlertOptions>>().Value;
        var destinations = Describe(options);
        return destinations.Count == 0
            ? SetupCheck.Warning(Area, "Alert destinations", "No webhook or email is set: alerts are seen only on the Alerts page.",
                "Set FamilyContext:Alerts:WebhookUrl, or FamilyContext:Alerts:Email (SmtpHost, From and To), so someone is told when an alert is raised.")
            : SetupCheck.Passed(Area, "Alert destinations", $"Alerts go {string.Join(" and ", destinations)}. Send a test alert to check they arrive.");
    }

    /// <summary>Sends a test alert to every destination now (not through the queue), records the outcome in the audit trail and returns it.</summary>
    public static async Task<IReadOnlyList<SetupCheck>> SendTestAsync(IServiceProvider services, string? actor, CancellationToken ct)
    {
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var alert = new AlertMessage(0, now, AuditActions.AlertTested, AuditOutcomes.Allowed, actor, null, null, null, null, null,
            "A test alert from Family Context's installation checks, sent on request by an administrator. No action is needed.");
        var results = new List<SetupCheck>();
        foreach (var sender in services.GetServices<IAlertSender>())
        {
            var name = sender is EmailAlertSender ? "Test alert by email" : sender is WebhookAlertSender ? "Test alert to the webhook" : "Test alert";
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(SendLimit);
            try
            {
                await sender.SendAsync(alert, limit.Token);
                results.Add(SetupCheck.Passed(Area, name, "Sent. Check that it arrived."));
            }
            catch (Exception e) when (e is HttpRequestException or SmtpException or OperationCanceledException or InvalidOperationException or FormatException)
            {
                var why = e is OperationCanceledException ? $"no answer within {SendLimit.TotalSeconds:0} s" : $"{e.GetType().Name}: {e.Message}";
                results.Add(SetupCheck.Failed(Area, name, $"It could not be sent ({why}).",
                    sender is EmailAlertSender
                        ? "Check FamilyContext:Alerts:Email (SmtpHost, SmtpPort, EnableSsl, UserName, Password, From, To) with whoever runs the mail relay."
                        : "Check FamilyContext:Alerts:WebhookUrl (and WebhookSecret), and that this server can reach it."));
            }
        }

        if (results.Count == 0)
        {
            results.Add(Destinations(services));
        }

        var detail = string.Join("; ", results.Select(r => $"{r.Name}: {r.Status}"));
        await services.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry(AuditActions.AlertTested,
            results.All(r => r.Status == SetupStatus.Passed) ? AuditOutcomes.Allowed : AuditOutcomes.Rejected, actor, Detail: detail), ct);
        return results;
    }

    private static List<string> Describe(AlertOptions options)
    {
        var destinations = new List<string>();
        if (options.WebhookUrl is { } webhook)
        {
            destinations.Add($"to the webhook at {webhook.GetLeftPart(UriPartial.Authority)}");
        }

        if (!string.IsNullOrWhiteSpace(options.Email.SmtpHost))
        {
            destinations.Add($"by email through {options.Email.SmtpHost} to {options.Email.To.Count} address{(options.Email.To.Count == 1 ? "" : "es")}");
        }

        return destinations;
    }
}
