using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Alerts;

/// <summary>Checks the alert settings at start-up and names every setting that is wrong.</summary>
internal sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    private const string S = AlertOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var errors = new List<string>();
        if (options.WebhookUrl is { } url)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && IsLoopback(url))))
            {
                errors.Add($"{S}:WebhookUrl must be an absolute https URL (http is allowed only to a loopback address).");
            }
        }

        if (options.GroupWindow < TimeSpan.Zero || options.GroupWindow > TimeSpan.FromDays(1))
        {
            errors.Add($"{S}:GroupWindow must be between 00:00:00 (send every alert) and 1.00:00:00 (one day).");
        }

        var email = options.Email;
        if (!string.IsNullOrWhiteSpace(email.SmtpHost))
        {
            if (!MailAddress.TryCreate(email.From, out _))
            {
                errors.Add($"{S}:Email:From must be an email address.");
            }

            if (email.To.Count == 0 || email.To.Any(t => !MailAddress.TryCreate(t, out _)))
            {
                errors.Add($"{S}:Email:To must list at least one email address, and only email addresses.");
            }

            if (email.SmtpPort is <= 0 or > 65535)
            {
                errors.Add($"{S}:Email:SmtpPort must be between 1 and 65535.");
            }

            if (!email.EnableSsl && !(IPAddress.TryParse(email.SmtpHost, out var ip) ? IPAddress.IsLoopback(ip) : email.SmtpHost == "localhost"))
            {
                errors.Add($"{S}:Email:EnableSsl may be false only for a loopback SMTP relay.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsLoopback(Uri url) => url.IsLoopback;
}
