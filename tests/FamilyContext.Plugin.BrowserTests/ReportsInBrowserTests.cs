using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>The reports in Chromium, used by keyboard only and checked with axe: use and value, who looked at a person, unusual access, data quality.</summary>
public sealed class ReportsInBrowserTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    [Fact]
    public async Task A_manager_uses_every_report_page_by_keyboard_and_axe_finds_nothing()
    {
        var page = await SignInAsync("mgr-reports", "manager", "/admin/reports");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Use and value", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Panels opened by week" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "use and value");

        await page.GetByLabel("Month").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("From date").FocusAsync();
        await page.Keyboard.TypeAsync("not a date");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "use and value with an error");

        await page.GetByLabel("From date").FillAsync("");
        await page.GetByLabel("From date").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Panels opened by month" })).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/admin/reports/person").ToString());
        await page.GetByLabel("Person's id").FocusAsync();
        await page.Keyboard.TypeAsync("demo-child-1");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "about this person" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "who looked at a person");

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/admin/reports/unusual").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unusual access", Level = 1 })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "unusual access");

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/admin/reports/data-quality").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Data quality", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Unavailable share by source" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Each source now, and over the range" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "data quality");
        await page.GetByLabel("To date (inclusive)").FocusAsync();
        await page.Keyboard.TypeAsync("2026-13-01");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "data quality with an error");
    }

    private async Task<IPage> SignInAsync(string subject, string role, string returnUrl)
    {
        await fixture.Provider.NextLoginAsync(subject, "Browser Staff", [role], ["demo-workers"]);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        return page;
    }

    private static void AssertNoViolations(AxeResult result, string what)
    {
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on the {what} page:\n{violations}");
    }
}
