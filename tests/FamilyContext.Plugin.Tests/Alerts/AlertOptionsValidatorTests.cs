using FamilyContext.Plugin.Alerts;

namespace FamilyContext.Plugin.Tests.Alerts;

public sealed class AlertOptionsValidatorTests
{
    [Theory]
    [InlineData("http://alerts.council.example/hook", "WebhookUrl")]
    [InlineData("ftp://127.0.0.1/hook", "WebhookUrl")]
    public void A_webhook_that_is_not_https_is_refused_naming_the_setting(string url, string setting)
    {
        var result = new AlertOptionsValidator().Validate(null, new AlertOptions { WebhookUrl = new Uri(url) });

        Assert.True(result.Failed);
        Assert.Contains($"FamilyContext:Alerts:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_email_settings_are_all_reported()
    {
        var result = new AlertOptionsValidator().Validate(null, new AlertOptions
        {
            Email = new AlertOptions.EmailOptions { SmtpHost = "smtp.council.example", From = "not an address", To = ["ig@council.example", "nope"], EnableSsl = false },
        });

        Assert.Contains("Email:From", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Email:To", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Email:EnableSsl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_https_webhook_and_a_complete_email_setup_are_accepted() =>
        Assert.True(new AlertOptionsValidator().Validate(null, new AlertOptions
        {
            WebhookUrl = new Uri("https://alerts.council.example/hook"),
            Email = new AlertOptions.EmailOptions { SmtpHost = "smtp.council.example", From = "fc@council.example", To = ["ig@council.example"] },
        }).Succeeded);
}
