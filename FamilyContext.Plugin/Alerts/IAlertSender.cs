namespace FamilyContext.Plugin.Alerts;

/// <summary>Sends one alert somewhere people will see it (a webhook, an email address).</summary>
public interface IAlertSender
{
    Task SendAsync(AlertMessage alert, CancellationToken cancellationToken);
}
