using System.Net;
using System.Net.Mail;
using FamilyContext.Plugin.Time;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Alerts;

/// <summary>Emails each alert to the configured addresses through the council's SMTP relay.</summary>
internal sealed class EmailAlertSender(IOptions<AlertOptions> options) : IAlertSender
{
    public async Task SendAsync(AlertMessage alert, CancellationToken cancellationToken)
    {
        var o = options.Value.Email;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.EnableSsl };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }

        using var message = new MailMessage { From = new MailAddress(o.From), Subject = $"Family Context alert: {alert.Action}{(alert.Count > 1 ? $" ({alert.Count} times)" : "")}", IsBodyHtml = false };
        foreach (var to in o.To)
        {
            message.To.Add(to);
        }

        message.Body = $"""
            {alert.Summary}

            When: {UkDates.DateTime(alert.At)} (UK time)
            Audit record: {alert.Sequence}
            Worker or user: {alert.Actor ?? "unknown"}
            System: {alert.Cms ?? "-"}
            Child: {alert.ChildId ?? "-"}  Person: {alert.PersonId ?? "-"}  Service: {alert.ServiceId ?? "-"}
            Session: {alert.SessionId ?? "-"}

            Read the alert and the audit trail in Family Context's admin pages.
            """;
        await client.SendMailAsync(message, cancellationToken);
    }
}
