using FamilyContext.Plugin.Launch;

namespace FamilyContext.Plugin.Tests.Launch;

public sealed class LaunchOptionsValidatorTests
{
    [Fact]
    public void Every_bad_launch_setting_is_reported_at_once_naming_the_setting()
    {
        var options = new LaunchOptions { Audience = " ", MaximumTokenLifetime = TimeSpan.FromMinutes(6) };
        options.Issuers["mosaic"] = new LaunchIssuerOptions { Issuer = "https://cms.example.org" };

        var result = new LaunchOptionsValidator(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" }).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "FamilyContext:Launch:MaximumTokenLifetime must be more than 0 and at most 5 minutes.",
                "FamilyContext:Launch:Audience is required.",
                "FamilyContext:Launch:Issuers: every CMS needs an Issuer and a JsonWebKeySet or JsonWebKeySetUrl.",
            ],
            result.Failures);
    }

    [Fact]
    public void The_default_launch_settings_pass()
    {
        Assert.True(new LaunchOptionsValidator(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" }).Validate(null, new LaunchOptions()).Succeeded);
    }
}
