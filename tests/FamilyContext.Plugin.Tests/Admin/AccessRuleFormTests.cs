using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Admin;

/// <summary>The access-rule form takes exactly one of the listed words for kind and effect: nothing combined, numeric or near.</summary>
public sealed class AccessRuleFormTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();

    public AccessRuleFormTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        _factory.Time.Set(DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("User,Group", "Deny")]
    [InlineData("Group, User", "Deny")]
    [InlineData("1", "Deny")]
    [InlineData(" Group", "Deny")]
    [InlineData("group", "Deny")]
    [InlineData("User", "Permit,Deny")]
    [InlineData("User", "1")]
    [InlineData("User", "Deny ")]
    public async Task A_rule_with_a_kind_or_effect_that_is_not_exactly_one_listed_word_is_refused(string kind, string effect)
    {
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-1", ["manager"], returnUrl: "/admin/access");

        var response = await manager.SubmitAsync("/admin/access", "/admin/access", ("effect", effect), ("kind", kind), ("subject", "someone"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessRuleAdded);
    }

    public void Dispose() => _factory.Dispose();
}
