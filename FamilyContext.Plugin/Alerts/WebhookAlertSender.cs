using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Alerts;

/// <summary>POSTs each alert as JSON to the configured webhook, signed with an HMAC when a secret is configured.</summary>
internal sealed class WebhookAlertSender(IHttpClientFactory httpClients, IOptions<AlertOptions> options) : IAlertSender
{
    public const string SignatureHeader = "X-FamilyContext-Signature";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(AlertMessage alert, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(alert, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, o.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (!string.IsNullOrEmpty(o.WebhookSecret))
        {
            request.Headers.Add(SignatureHeader, "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(o.WebhookSecret), body)));
        }

        using var response = await httpClients.CreateClient(nameof(WebhookAlertSender)).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
