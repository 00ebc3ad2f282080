using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Tests.Support;
using Xunit.Abstractions;

namespace FamilyContext.Plugin.Tests.Setup;

/// <summary><c>check-setup</c>: each check against a deliberately broken configuration names the fault, and the exit code says whether any failed.</summary>
public sealed class CheckSetupCommandTests(ITestOutputHelper log) : IDisposable
{
    private const string ChildId = "730001";
    private readonly PluginFactory _factory = new();

    [Fact]
    public async Task A_working_install_passes_with_a_zero_exit_code()
    {
        _factory.Cms.Add(People.Person(ChildId, "Ash", "Setupson", new DateOnly(2016, 3, 3)));

        var (exitCode, output) = await RunAsync(ChildId);

        Assert.Contains("PASSED  CMS - CMS reachable", output, StringComparison.Ordinal);
        Assert.Contains("PASSED  CMS - Relationships: 0 related people read for the test person", output, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task A_CMS_that_does_not_answer_fails_the_CMS_check_and_the_exit_code()
    {
        _factory.Cms.FailWith = new CmsUnavailableException("token endpoint returned 401");

        var (exitCode, output) = await RunAsync(ChildId);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  CMS - CMS reachable: Demo did not answer as expected", output, StringComparison.Ordinal);
        Assert.Contains("FAILED  CMS - Relationships: The test person's relationships could not be read: token endpoint returned 401", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unmapped_relationship_code_is_named_with_the_mapping_line_to_add_and_no_name_is_printed()
    {
        _factory.Cms.Add(People.Person(ChildId, "Ash", "Setupson", new DateOnly(2016, 3, 3)));
        _factory.Cms.Link(ChildId, People.Person("730002", "Rowan", "Setupson", new DateOnly(1990, 1, 1)), RelationshipType.Parent, "Mother : Son");
        _factory.Cms.Link(ChildId, People.Person("730003", "Birch", "Keeper", new DateOnly(1970, 1, 1)), RelationshipType.Other, "Private foster carer");

        var (exitCode, output) = await RunAsync(ChildId);

        Assert.Equal(0, exitCode);
        Assert.Contains("PASSED  CMS - Relationship code PARENT: Code PARENT is mapped to Parent.", output, StringComparison.Ordinal);
        Assert.Contains("WARNING CMS - Relationship code OTHER: Code OTHER (\"Private foster carer\") shows as Other", output, StringComparison.Ordinal);
        Assert.Contains("- { code: OTHER, description: \"Private foster carer\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain(new[] { "Ash", "Rowan", "Birch", "Setupson", "Keeper", "1990", "1970" }, value => output.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_JWKS_address_that_cannot_be_reached_fails_the_issuers_key_check()
    {
        _factory.Settings["FamilyContext:Launch:Issuers:mosaic:Issuer"] = "urn:mosaic";
        _factory.Settings["FamilyContext:Launch:Issuers:mosaic:JsonWebKeySetUrl"] = $"https://127.0.0.1:{ExternalProcess.FreePort()}/jwks";

        var (exitCode, output) = await RunAsync(null);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  Launch - Keys for mosaic: The keys of mosaic could not be read from https://127.0.0.1:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_issuers_key_ids_and_types_are_listed()
    {
        using var issuer = new TestLaunchIssuer(_factory);

        var (_, output) = await RunAsync(null);

        Assert.Contains($"PASSED  Launch - Keys for {TestLaunchIssuer.Cms}: {TestLaunchIssuer.Cms}: key id ec1, EC; key id rsa1, RSA.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_ancestors_that_are_not_origins_stop_start_up_and_are_named()
    {
        _factory.Settings["FamilyContext:Security:FrameAncestors:0"] = "https://mosaic.council.example";
        _factory.Settings["FamilyContext:Security:FrameAncestors:1"] = "localhost:8090";
        _factory.Settings["FamilyContext:Security:FrameAncestors:2"] = "https://cms.council.example/mosaic";

        var failure = _factory.StartUpFailure().Message;

        Assert.Contains("FamilyContext:Security:FrameAncestors has 'localhost:8090', which is not an origin", failure, StringComparison.Ordinal);
        Assert.Contains("FamilyContext:Security:FrameAncestors has 'https://cms.council.example/mosaic', which is not an origin", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("'https://mosaic.council.example'", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://cms.council.example/jwks", true)]
    [InlineData("http://127.0.0.1:8443/jwks", false)]
    [InlineData("https://cms.council.example/jwks", false)]
    public void A_key_set_address_over_plain_http_stops_start_up_outside_Development(string url, bool refused)
    {
        _factory.Settings["FamilyContext:Launch:Issuers:mosaic:Issuer"] = "urn:mosaic";
        _factory.Settings["FamilyContext:Launch:Issuers:mosaic:JsonWebKeySetUrl"] = url;
        var validation = new FamilyContext.Plugin.Launch.LaunchOptionsValidator(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" });
        var options = new FamilyContext.Plugin.Launch.LaunchOptions { Issuers = { ["mosaic"] = new() { Issuer = "urn:mosaic", JsonWebKeySetUrl = new Uri(url) } } };

        if (refused)
        {
            Assert.Contains($"FamilyContext:Launch:Issuers:mosaic:JsonWebKeySetUrl must be https outside Development (it is {url}).", _factory.StartUpFailure().Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.NotNull(_factory.Services); // starts
        }

        Assert.True(validation.Validate(null, options).Succeeded, "Development accepts any key set address.");
    }

    [Fact]
    public async Task A_CMS_origin_in_frame_ancestors_passes()
    {
        _factory.Settings["FamilyContext:Security:FrameAncestors:0"] = "https://mosaic.council.example";

        var (_, output) = await RunAsync(null);

        Assert.Contains("PASSED  Launch - CMS origin in frame-ancestors: The panel may be framed by https://mosaic.council.example.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_source_fails_with_what_to_load()
    {
        var police = (await _factory.Store.GetMetadataAsync("police", CancellationToken.None))!.RecordCount;
        _factory.Time.Advance(TimeSpan.FromDays(8));

        var (exitCode, output) = await RunAsync(null);

        Assert.Equal(1, exitCode);
        Assert.Contains($"FAILED  Sources - Police: Stale: {police} records, current as of 21 November 2026 08:00 UTC", output, StringComparison.Ordinal);
        Assert.Contains("What to do: Run the ingest for Police (service id \"police\")", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_Redis_fails_the_shared_state_check()
    {
        using var redis = new RedisServer();
        await redis.StartAsync();
        _factory.Settings["FamilyContext:Cache:Redis"] = redis.ConnectionString;
        _ = _factory.Services;
        redis.Kill();

        var (exitCode, output) = await RunAsync(null);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED  Stores - Shared state: It could not be reached", output, StringComparison.Ordinal);
        Assert.Contains("Check FamilyContext:Cache:Redis", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_test_person_the_relationships_check_says_how_to_run_it()
    {
        var (_, output) = await RunAsync(null);

        Assert.Contains("WARNING CMS - Relationships: No test person id was given", output, StringComparison.Ordinal);
        Assert.Contains("PASSED  Stores - Access rules:", output, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private Task<(int ExitCode, string Output)> RunAsync(string? personId) => _factory.CheckSetupAsync(log, personId);
}
