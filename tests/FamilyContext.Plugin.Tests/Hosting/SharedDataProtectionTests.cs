using System.Net;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Hosting;

/// <summary>
/// Two instances over one real Redis read one data-protection key ring: a form rendered by one instance is accepted
/// by the other. Over two different Redis servers the same form is refused, so it is the shared ring that lets it through.
/// </summary>
public sealed class SharedDataProtectionTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly RedisServer _otherRedis = new();

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        await _otherRedis.StartAsync();
    }

    public Task DisposeAsync()
    {
        _redis.Dispose();
        _otherRedis.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(true, HttpStatusCode.Redirect)]
    [InlineData(false, HttpStatusCode.BadRequest)]
    public async Task An_anti_forgery_token_from_one_instance_is_accepted_by_another_only_when_both_read_the_key_ring_in_one_Redis(
        bool sameRedis, HttpStatusCode expected)
    {
        using var first = Instance(_redis);
        using var second = Instance(sameRedis ? _redis : _otherRedis);

        var response = await PostElsewhereAsync(first, second);

        Assert.Equal(expected, response.StatusCode);
        Assert.True(await _redis.KeyCountAsync() >= 1, "the key ring should be held in Redis");
    }

    private static PluginFactory Instance(RedisServer redis)
    {
        var factory = new PluginFactory { UseDemoCms = true };
        factory.Settings["FamilyContext:Cache:Redis"] = redis.ConnectionString;
        return factory;
    }

    /// <summary>Renders the demo's outage form on one instance and posts it, with the browser's cookie, to the other.</summary>
    private static async Task<HttpResponseMessage> PostElsewhereAsync(PluginFactory renderer, PluginFactory receiver)
    {
        using var one = renderer.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var two = receiver.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var page = await one.GetAsync(new Uri("/demo", UriKind.Relative));
        var token = Forms.Token(await page.Content.ReadAsStringAsync());
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.Contains("antiforgery", StringComparison.Ordinal)).Split(';')[0];
        Assert.NotNull(token);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/demo/outages", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("down", "housing")]),
        };
        request.Headers.Add("Cookie", cookie);
        return await two.SendAsync(request);
    }
}
