namespace FamilyContext.Plugin.Alerts;

/// <summary>Where alerts go besides the admin pages (configuration section <c>FamilyContext:Alerts</c>). Both are optional.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "FamilyContext:Alerts";

    /// <summary>A URL that receives each alert as a JSON POST. Must be https (http only to a loopback address).</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>If set, each POST carries <c>X-FamilyContext-Signature: sha256=&lt;hex HMAC of the body&gt;</c> so the receiver can trust it.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// Repeats of one alert — the same person, the same action and the same cause — within this time of the group's
    /// last message are counted, not sent again. Default 10 minutes; zero sends every alert.
    /// </summary>
    public TimeSpan GroupWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Email delivery; leave <see cref="EmailOptions.SmtpHost"/> empty for none.</summary>
    public EmailOptions Email { get; set; } = new();

    /// <summary>SMTP settings for alert emails.</summary>
    public sealed class EmailOptions
    {
        public string? SmtpHost { get; set; }

        public int SmtpPort { get; set; } = 587;

        /// <summary>Use STARTTLS. On by default; only a loopback relay may go without.</summary>
        public bool EnableSsl { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        public string From { get; set; } = "";

        public List<string> To { get; set; } = [];
    }
}
