using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Alerts;

/// <summary>Registers alert delivery: the queue, the background sender, and a sender per configured destination.</summary>
internal static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddSingleton<AlertDispatcher>();
        services.AddSingleton<IAuditAlertSubscriber>(sp => sp.GetRequiredService<AlertDispatcher>());
        services.AddHostedService<AlertDeliveryService>();
        var configured = configuration.GetSection(AlertOptions.SectionName).Get<AlertOptions>() ?? new AlertOptions();
        if (configured.WebhookUrl is not null)
        {
            services.AddHttpClient(nameof(WebhookAlertSender), c => c.Timeout = TimeSpan.FromSeconds(10));
            services.AddSingleton<IAlertSender, WebhookAlertSender>();
        }

        if (!string.IsNullOrWhiteSpace(configured.Email.SmtpHost))
        {
            services.AddSingleton<IAlertSender, EmailAlertSender>();
        }

        return services;
    }
}
