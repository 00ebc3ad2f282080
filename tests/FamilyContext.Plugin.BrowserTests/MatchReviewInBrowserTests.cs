using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>
/// The demo's child 101820, whose grandfather Theodore Ahmed has a Police possible match: the detail shows who to ask and
/// nothing of the record, and a keyboard-only worker records that the practitioner confirmed it — errors first, then a
/// good answer — with axe finding nothing on any page along the way.
/// </summary>
public sealed class MatchReviewInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Child = "101820";

    [Fact]
    public async Task A_keyboard_user_confirms_a_possible_match_after_an_error_summary_and_axe_finds_nothing_on_the_way()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"/demo/children/{Child}").ToString());
        var framed = page.FrameLocator("iframe[title^='Family Context panel']");
        await Assertions.Expect(framed.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");
        await page.GotoAsync(page.Frames.Single(f => f.Url.Contains("/panel/", StringComparison.Ordinal)).Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "View details of Police for Theodore Ahmed" }).ClickAsync();

        await Assertions.Expect(page.GetByText("withheld until the match is confirmed")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("sexual offences")).ToHaveCountAsync(0);
        AssertNoViolations(await page.RunAxe(), "possible match detail");

        // Straight to the button with nothing filled in.
        await TabToAsync(page, "BUTTON", "Confirmed with the practitioner");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Enter who you spoke to" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "detail with an error summary");

        await TabToAsync(page, "INPUT", "spoke-to-1");
        await page.Keyboard.TypeAsync("PC Pat Checker");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2026");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Date of birth and address checked");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Confirmed with the practitioner", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Confirmed by", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Other sexual offences")).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "confirmed detail");
        await context.CloseAsync();
    }

    /// <summary>Presses Tab until the focused element is the tag named with that id or text; fails after 80 presses.</summary>
    private static async Task TabToAsync(IPage page, string tag, string idOrText)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("document.activeElement.tagName + '|' + document.activeElement.id + '|' + document.activeElement.textContent.trim()");
            var parts = focused.Split('|');
            if (parts[0] == tag && (parts[1] == idOrText || parts[2] == idOrText))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the {tag} '{idOrText}'");
    }

    private static void AssertNoViolations(AxeResult result, string what)
    {
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on the {what} page:\n{violations}");
    }
}
