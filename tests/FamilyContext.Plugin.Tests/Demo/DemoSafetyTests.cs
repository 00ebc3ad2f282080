using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Demo;

/// <summary>The demo writes synthetic extracts and serves /demo without sign-in: it must never start beside a real CMS.</summary>
public sealed class DemoSafetyTests
{
    [Theory]
    [InlineData("Mosaic")]
    [InlineData("LiquidLogic")]
    public void The_service_refuses_to_start_with_the_demo_on_beside_a_real_CMS(string system)
    {
        using var factory = new PluginFactory { UseDemoCms = true };
        factory.Settings["FamilyContext:Cms:System"] = system;
        factory.Settings["FamilyContext:Demo:Enabled"] = "true";

        var error = factory.StartUpFailure();

        var message = error.ToString();
        Assert.Contains("FamilyContext:Demo:Enabled is true while FamilyContext:Cms:System is", message, StringComparison.Ordinal);
        Assert.Contains("set FamilyContext:Demo:Enabled to false", message, StringComparison.Ordinal);
    }
}
