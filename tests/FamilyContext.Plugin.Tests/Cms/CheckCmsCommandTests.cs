using System.Globalization;
using FamilyContext.CmsSimulators;
using FamilyContext.Plugin.Cms;

namespace FamilyContext.Plugin.Tests.Cms;

/// <summary><c>check-cms</c> against the Mosaic simulator over real HTTP.</summary>
public sealed class CheckCmsCommandTests : IAsyncLifetime
{
    private MosaicSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await MosaicSimulator.StartNewAsync();

    public async Task DisposeAsync()
    {
        var unexpected = _simulator.Log.UnexpectedCalls;
        await _simulator.DisposeAsync();
        Assert.Empty(unexpected);
    }

    [Fact]
    public async Task It_reports_health_counts_and_codes_without_personal_data()
    {
        var (exitCode, output) = await RunAsync(CmsHost.Settings("Mosaic", _simulator), SeedFamily.Child);

        Assert.Equal(0, exitCode);
        Assert.Contains("Health: healthy", output, StringComparison.Ordinal);
        Assert.Contains("Relationships: 11 related people (10 current, 1 ended), 1 restricted", output, StringComparison.Ordinal);
        Assert.Contains("code MOTHER x1 -> Parent", output, StringComparison.Ordinal);
        Assert.Contains("code PRIVATE_FOSTER_CARER x1 -> Other", output, StringComparison.Ordinal);
        var personal = SeedFamily.People
            .SelectMany(p => new[] { p.FirstName, p.FamilyName, p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.NhsNumber, p.Upn, p.Postcode })
            .OfType<string>();
        Assert.DoesNotContain(personal, value => output.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_CMS_is_reported_unhealthy_with_a_failing_exit_code()
    {
        _simulator.Switches.AlwaysFail = true;

        var (exitCode, output) = await RunAsync(CmsHost.Settings("Mosaic", _simulator), SeedFamily.Child);

        Assert.Equal(1, exitCode);
        Assert.Contains("NOT healthy", output, StringComparison.Ordinal);
        Assert.Contains("Sample person check failed: Unavailable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sample_person_is_reported_as_not_found()
    {
        var (exitCode, output) = await RunAsync(CmsHost.Settings("Mosaic", _simulator), SeedFamily.UnknownPerson);

        Assert.Equal(1, exitCode);
        Assert.Contains("Sample person check failed: PersonNotFound", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_settings_are_listed_with_each_setting_named()
    {
        var settings = CmsHost.Settings("Mosaic", _simulator);
        settings["FamilyContext:Cms:Mosaic:ClientSecret"] = null;
        settings["FamilyContext:Cms:Mosaic:MaxPages"] = "0";

        var (exitCode, output) = await RunAsync(settings, SeedFamily.Child);

        Assert.Equal(2, exitCode);
        Assert.Contains("FamilyContext:Cms:Mosaic:ClientSecret", output, StringComparison.Ordinal);
        Assert.Contains("FamilyContext:Cms:Mosaic:MaxPages", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string?> settings, string personId)
    {
        using var host = CmsHost.Build(settings);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await CheckCmsCommand.RunAsync(host.Services, personId, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
