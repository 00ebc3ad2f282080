using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>
/// Every pattern that guards input matches the whole value: a trailing newline (which '$' lets through) is refused,
/// so nobody can act as an id that audit search, deny rules and rate limits do not recognise.
/// </summary>
public sealed class InputPatternTests : IDisposable
{
    private const string ChildId = "710001";
    private readonly PluginFactory _factory = new();
    private readonly TestLaunchIssuer _cms;

    public InputPatternTests()
    {
        _cms = new TestLaunchIssuer(_factory);
        _factory.Cms.Add(People.Person(ChildId, "Nia", "Newline", new DateOnly(2017, 6, 1)));
    }

    [Theory]
    [InlineData("demo-social-worker\n")]
    [InlineData("700001\n")]
    [InlineData("\n700001")]
    [InlineData("7000\n01")]
    public void An_id_with_a_newline_anywhere_is_not_well_formed(string id) => Assert.False(PersonIds.IsWellFormed(id));

    [Fact]
    public void A_plain_id_is_well_formed() => Assert.True(PersonIds.IsWellFormed("demo-social-worker"));

    [Theory]
    [InlineData("sub")]
    [InlineData("child")]
    public async Task A_launch_token_whose_worker_or_child_ends_in_a_newline_is_refused(string claim)
    {
        using var browser = _factory.Browser();
        var claims = _cms.Claims(ChildId, "worker-1");
        claims[claim] = claims[claim]!.GetValue<string>() + "\n";

        var response = await TestLaunchIssuer.LaunchAsync(browser, _cms.Sign(claims));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rejected = Assert.Single(await _factory.AuditAsync());
        Assert.Equal((AuditActions.LaunchRejected, "claims"), (rejected.Action, rejected.Detail));
    }

    [Fact]
    public void A_service_id_ending_in_a_newline_stops_start_up()
    {
        var options = new ServiceCatalogueOptions();
        options.Services["school\n"] = new ServiceDefinition { Name = "School", NoRecordMeans = "Not on roll" };

        var result = new ServiceCatalogueValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("the service id must be", StringComparison.Ordinal));
    }

    [Fact]
    public void An_original_API_key_hash_ending_in_a_newline_stops_start_up()
    {
        using var factory = new PluginFactory();
        factory.Settings["FamilyContext:OriginalApi:Enabled"] = "true";
        factory.Settings["FamilyContext:OriginalApi:Clients:x:KeySha256"] = new string('a', 64) + "\n";

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("KeySha256", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cms.Dispose();
        _factory.Dispose();
    }
}
