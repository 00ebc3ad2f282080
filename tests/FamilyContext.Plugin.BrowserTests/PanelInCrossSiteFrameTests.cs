using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>
/// A CMS page on another site frames the panel over HTTPS while Chromium blocks third-party cookies: the launch
/// opens the panel, a detail opens, and a form posts; the session still opens only where it was launched.
/// </summary>
public sealed partial class PanelInCrossSiteFrameTests(CrossSiteBrowserFixture fixture) : IClassFixture<CrossSiteBrowserFixture>
{
    private const string Child = "101820";

    [Fact]
    public async Task A_worker_launches_reads_a_detail_and_posts_a_form_in_a_frame_on_another_site_with_third_party_cookies_blocked()
    {
        var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var launchUrl = await LaunchUrlAsync(page);
        await page.GotoAsync(fixture.CmsPage(launchUrl));
        var panel = page.FrameLocator("iframe[title='Family Context panel']");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");

        await panel.GetByRole(AriaRole.Link, new() { Name = "View details of Police for Theodore Ahmed" }).ClickAsync();
        await Assertions.Expect(panel.GetByText("withheld until the match is confirmed")).ToBeVisibleAsync();

        var confirm = panel.Locator("form").Filter(new() { Has = panel.GetByRole(AriaRole.Button, new() { Name = "Confirmed with the practitioner" }) });
        await confirm.GetByLabel("Who you spoke to").FillAsync("PC Pat Checker");
        await confirm.GetByLabel("Day").FillAsync("2");
        await confirm.GetByLabel("Month").FillAsync("3");
        await confirm.GetByLabel("Year").FillAsync("2026");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Confirmed with the practitioner" }).ClickAsync();
        await Assertions.Expect(panel.GetByText("Confirmed by", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("Other sexual offences")).ToBeVisibleAsync();

        // The binding still holds: the panel's own address, opened outside the CMS's frame, opens nothing.
        var panelUrl = page.Frames.Single(f => f.Url.StartsWith(fixture.BaseAddress.ToString(), StringComparison.Ordinal)).Url;
        var elsewhere = await context.NewPageAsync();
        await elsewhere.GotoAsync(panelUrl);
        await Assertions.Expect(elsewhere.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your Family Context session has ended");
        await context.CloseAsync();
    }

    /// <summary>The launch address the demo CMS mints for the child (a signed, single-use token), made absolute on the service.</summary>
    private async Task<string> LaunchUrlAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync(new Uri(fixture.BaseAddress, $"/demo/children/{Child}").ToString());
        var match = LaunchSource().Match(await response.TextAsync());
        Assert.True(match.Success, "the demo CMS page has no panel frame");
        return new Uri(fixture.BaseAddress, System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)).ToString();
    }

    [GeneratedRegex("<iframe[^>]*src=\"([^\"]+)\"")]
    private static partial Regex LaunchSource();
}
