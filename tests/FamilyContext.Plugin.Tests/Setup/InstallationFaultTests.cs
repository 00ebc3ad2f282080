using System.Globalization;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Setup;
using FamilyContext.Plugin.Tests.Support;
using Xunit.Abstractions;

namespace FamilyContext.Plugin.Tests.Setup;

/// <summary>
/// The installation checks added for the public address, the data-protection keys, sign-in, a remote source and alerts:
/// each fault planted on its own against real parts (Redis, an HTTP remote, a webhook, an SMTP relay) is named by
/// <c>check-setup</c>, and the working configuration passes.
/// </summary>
public sealed class InstallationFaultTests(ITestOutputHelper log) : IDisposable
{
    private readonly PluginFactory _factory = new();

    [Fact]
    public async Task A_public_host_AllowedHosts_would_refuse_fails_the_check_and_is_warned_of_at_start_up()
    {
        _factory.Settings["AllowedHosts"] = "familycontext.council.example";
        _factory.Settings["FamilyContext:Hosting:PublicUrl"] = "https://panel.council.example/";

        var (exitCode, output) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  Launch - Public address and cookies: AllowedHosts would refuse panel.council.example", output, StringComparison.Ordinal);
        Assert.Contains(_factory.Logs.Lines(), l => l.Contains("[9101] AllowedHosts (\"familycontext.council.example\") would refuse panel.council.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_public_host_AllowedHosts_lets_through_over_https_is_cross_site_ready_and_nothing_is_warned()
    {
        _factory.Settings["AllowedHosts"] = "familycontext.council.example;*.panel.council.example";
        _factory.Settings["FamilyContext:Hosting:PublicUrl"] = "https://west.panel.council.example/";

        var (_, output) = await RunAsync();

        Assert.Contains("PASSED  Launch - Public address and cookies: Served at https://west.panel.council.example. Cross-site ready", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.Logs.Lines(), l => l.Contains("[9101]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_public_address_over_plain_http_is_not_cross_site_ready()
    {
        _factory.Settings["FamilyContext:Hosting:PublicUrl"] = "http://panel.council.example/";

        var (_, output) = await RunAsync();

        Assert.Contains("WARNING Launch - Public address and cookies: Served at http://panel.council.example over plain http. Not cross-site ready", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_address_with_a_path_stops_start_up()
    {
        _factory.Settings["FamilyContext:Hosting:PublicUrl"] = "https://panel.council.example/family-context";

        Assert.Contains("FamilyContext:Hosting:PublicUrl has 'https://panel.council.example/family-context', which is not an http or https address without a path",
            _factory.StartUpFailure().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_shared_through_Redis_pass_and_fail_when_Redis_stops()
    {
        using var redis = new RedisServer();
        await redis.StartAsync();
        _factory.Settings["FamilyContext:Cache:Redis"] = redis.ConnectionString;

        var (_, shared) = await RunAsync();
        redis.Kill();
        var (exitCode, stopped) = await RunAsync();

        Assert.Contains("PASSED  Stores - Data-protection keys: Shared through Redis", shared, StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  Stores - Data-protection keys: The key ring could not be read", stopped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_without_Redis_are_this_servers_only()
    {
        var (_, output) = await RunAsync();

        Assert.Contains("PASSED  Stores - Data-protection keys: Kept on this server only, which is right for one instance", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_provider_that_cannot_be_reached_fails_the_sign_in_check()
    {
        _factory.Settings["FamilyContext:SignIn:Authority"] = $"http://127.0.0.1:{ExternalProcess.FreePort()}/";
        _factory.Settings["FamilyContext:SignIn:ClientId"] = "family-context";
        _factory.Settings["FamilyContext:SignIn:ClientSecret"] = "secret";
        _factory.Settings["FamilyContext:SignIn:RequireHttpsMetadata"] = "false";

        var (exitCode, output) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  Access - Sign-in provider: http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("/.well-known/openid-configuration could not be read (HttpRequestException).", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RemoteApiServer.Token, "PASSED  Sources - Remote source: The remote source at http://127.0.0.1:")]
    [InlineData("a-wrong-token", "FAILED  Sources - Remote source: The remote source at http://127.0.0.1:")]
    public async Task A_remote_sources_credentials_are_tried(string token, string expected)
    {
        await using var remote = new RemoteApiServer();
        await remote.StartAsync();
        _factory.Settings["FamilyContext:Services:police:Source"] = "Remote";
        _factory.Settings["FamilyContext:Remote:BaseUrl"] = remote.BaseUrl.ToString();
        _factory.Settings["FamilyContext:Remote:BearerToken"] = token;

        var (_, output) = await RunAsync();

        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Equal(token == RemoteApiServer.Token, output.Contains("answered and accepted our credentials", StringComparison.Ordinal));
        Assert.Equal(token != RemoteApiServer.Token, output.Contains("refused our credentials (HTTP 401)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_remote_source_that_cannot_be_reached_fails()
    {
        _factory.Settings["FamilyContext:Services:police:Source"] = "Remote";
        _factory.Settings["FamilyContext:Remote:BaseUrl"] = $"http://127.0.0.1:{ExternalProcess.FreePort()}/";
        _factory.Settings["FamilyContext:Remote:BearerToken"] = RemoteApiServer.Token;

        var (exitCode, output) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  Sources - Remote source: The remote source at http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("could not be reached", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_alert_destinations_the_alerts_check_warns()
    {
        var (_, output) = await RunAsync();

        Assert.Contains("WARNING Alerts - Alert destinations: No webhook or email is set", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_alert_is_sent_to_each_destination_with_its_outcome_and_audited()
    {
        using var webhook = new LoopbackWebhook();
        using var smtp = new LoopbackSmtpServer();
        _factory.Settings["FamilyContext:Alerts:WebhookUrl"] = webhook.Url;
        _factory.Settings["FamilyContext:Alerts:Email:SmtpHost"] = "127.0.0.1";
        _factory.Settings["FamilyContext:Alerts:Email:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        _factory.Settings["FamilyContext:Alerts:Email:EnableSsl"] = "false";
        _factory.Settings["FamilyContext:Alerts:Email:From"] = "family-context@council.example";
        _factory.Settings["FamilyContext:Alerts:Email:To:0"] = "ig-team@council.example";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var mail = smtp.ReceiveAsync(timeout.Token);
        var refused = webhook.ReceiveAsync(500);

        var (exitCode, output) = await RunAsync(sendTestAlert: true);

        Assert.Equal(1, exitCode);
        Assert.Contains("PASSED  Alerts - Alert destinations: Alerts go to the webhook at http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("PASSED  Alerts - Test alert by email: Sent.", output, StringComparison.Ordinal);
        Assert.Contains("FAILED  Alerts - Test alert to the webhook: It could not be sent (HttpRequestException", output, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"alert-tested\"", await refused, StringComparison.Ordinal);
        Assert.Contains("A test alert from Family Context's installation checks", (await mail).Message, StringComparison.Ordinal);
        var audited = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.AlertTested);
        Assert.Equal((CheckSetupCommand.Actor, AuditOutcomes.Rejected), (audited.Actor, audited.Outcome));
        Assert.Contains("Test alert to the webhook: Failed", audited.Detail, StringComparison.Ordinal);
        Assert.Contains("Test alert by email: Passed", audited.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private Task<(int ExitCode, string Output)> RunAsync(bool sendTestAlert = false) => _factory.CheckSetupAsync(log, sendTestAlert: sendTestAlert);
}
