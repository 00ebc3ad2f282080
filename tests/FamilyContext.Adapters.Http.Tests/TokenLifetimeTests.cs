using FamilyContext.Plugin.Abstractions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace FamilyContext.Adapters.Http.Tests;

/// <summary><c>expires_in</c> is read as a number or a string of digits; nothing else is taken as a lifetime.</summary>
public sealed class TokenLifetimeTests
{
    [Theory]
    [InlineData("""{"expires_in": 3600}""")]
    [InlineData("""{"expires_in": "3600"}""")]
    [InlineData("""{"expires_in": " 3600 "}""")]
    [InlineData("""{"expires_in": 3600.0}""")]
    public void A_lifetime_is_read_as_a_number_or_a_string(string json) =>
        Assert.Equal(TimeSpan.FromHours(1), OAuthTokenCache.ExpiresIn(JObject.Parse(json)["expires_in"], "Mosaic"));

    [Theory]
    [InlineData("""{"expires_in": "soon"}""")]
    [InlineData("""{"expires_in": "1h"}""")]
    [InlineData("""{"expires_in": 0}""")]
    [InlineData("""{"expires_in": -5}""")]
    [InlineData("""{"expires_in": 12.5}""")]
    [InlineData("""{"expires_in": null}""")]
    [InlineData("""{}""")]
    public void Anything_else_is_refused_as_unavailable(string json) =>
        Assert.Throws<CmsUnavailableException>(() => OAuthTokenCache.ExpiresIn(JObject.Parse(json)["expires_in"], "Mosaic"));
}
