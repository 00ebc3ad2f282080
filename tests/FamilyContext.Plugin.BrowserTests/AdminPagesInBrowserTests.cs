using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

/// <summary>Staff sign in through the real provider in Chromium; the admin and look-up pages are used by keyboard-free clicks and checked with axe.</summary>
public sealed class AdminPagesInBrowserTests(AdminBrowserFixture fixture) : IClassFixture<AdminBrowserFixture>
{
    [Fact]
    public async Task A_manager_signs_in_adds_a_rule_and_every_admin_page_has_no_accessibility_violations()
    {
        var page = await SignInAsync("mgr-browser", "manager", "/admin/access");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access rules", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Deny", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Group", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("User id or group name").FillAsync("agency-staff");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rule" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Group: agency-staff" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "access rules");

        foreach (var (path, heading) in new[] { ("/admin/alerts", "Alerts"), ("/admin/audit?from=2000-01-01", "Audit trail"), ("/admin/sources", "Sources"), ("/admin/matches", "Match reviews") })
        {
            await page.GotoAsync(new Uri(fixture.BaseAddress, path).ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            AssertNoViolations(await page.RunAxe(), heading);
        }
    }

    [Fact]
    public async Task After_a_change_focus_moves_to_the_success_message_and_the_audit_table_fits_640_pixels_without_sideways_scrolling()
    {
        var page = await SignInAsync("mgr-browser-2", "manager", "/admin/access");
        await page.GetByLabel("Deny", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("User id or group name").FillAsync("sw-browser-2");
        await page.GetByLabel("Note (optional)").FillAsync("Left the team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rule" }).ClickAsync();
        await Assertions.Expect(page.Locator("#success")).ToBeFocusedAsync();
        AssertNoViolations(await page.RunAxe(), "access rules after a change");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove rule" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new System.Text.RegularExpressions.Regex("^Are you sure you want to remove rule") })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "remove confirmation");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Yes, remove rule") }).ClickAsync();
        await Assertions.Expect(page.Locator("#success")).ToBeFocusedAsync();

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/admin/alerts").ToString());
        AssertNoViolations(await page.RunAxe(), "alerts with rule changes");

        await page.SetViewportSizeAsync(640, 800);
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/admin/audit?from=2000-01-01").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the audit page scrolls sideways at 640px");
        AssertNoViolations(await page.RunAxe(), "audit at 640px");

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/admin/audit?from=2026-11-30&to=2026-11-01").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "The to date must be the same as or after the from date" }).ClickAsync();
        await Assertions.Expect(page.Locator("#to")).ToBeFocusedAsync();
        AssertNoViolations(await page.RunAxe(), "audit with an error");
    }

    [Fact]
    public async Task The_installation_checks_page_is_used_with_the_keyboard_alone_and_has_no_accessibility_violations()
    {
        var page = await SignInAsync("mgr-browser-setup", "manager", "/admin/setup");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Installation checks", Level = 1 })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "installation checks");

        await page.GetByLabel("Test person id (optional)").FocusAsync();
        await page.Keyboard.TypeAsync("not an id!");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Installation checks"));
        AssertNoViolations(await page.RunAxe(), "installation checks with an error");

        await page.GetByRole(AriaRole.Link, new() { Name = "Enter a CMS person id of up to 64 letters, digits, hyphens or underscores" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Test person id (optional)")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_test_alert_is_sent_from_the_installation_checks_with_the_keyboard_alone_and_its_outcome_has_no_accessibility_violations()
    {
        var page = await SignInAsync("mgr-browser-alert", "manager", "/admin/setup");
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Send a test alert" });

        for (var i = 0; i < 80 && !await send.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        var banner = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(banner).ToContainTextAsync("The test alert was not sent.");
        await Assertions.Expect(banner).ToContainTextAsync("No webhook or email is set");
        await Assertions.Expect(banner).ToBeFocusedAsync();
        AssertNoViolations(await page.RunAxe(), "installation checks after a test alert");
    }

    [Fact]
    public async Task An_IG_admin_adds_and_removes_a_sharing_rule_and_the_page_its_errors_and_its_success_have_no_accessibility_violations()
    {
        var page = await SignInAsync("ig-browser", "ig-admin", "/admin/sharing");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sharing rules", Level = 1 })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "sharing rules");

        await page.GetByLabel("Shared only with these groups (optional)").FillAsync("police-liaison");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sharing rule" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "sharing rules with errors");

        await page.GetByLabel("Service", new() { Exact = true }).SelectOptionAsync("police");
        await page.GetByLabel("Whom should others ask?").FillAsync("the Police data protection officer");
        await page.GetByLabel("Ask for a reason before the details open").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sharing rule" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "police-liaison" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "sharing rules after a change");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Remove sharing rule") }).ClickAsync();
        await Assertions.Expect(page.GetByText("No sharing rules")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_token_explainer_is_reached_and_used_with_the_keyboard_alone_and_has_no_accessibility_violations()
    {
        var page = await SignInAsync("mgr-browser-token", "manager", "/admin/setup");
        await page.GetByRole(AriaRole.Link, new() { Name = "explain a launch token" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Explain a launch token", Level = 1 })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "token explainer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Explain the token" }).PressAsync("Enter");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Explain a launch token"));
        AssertNoViolations(await page.RunAxe(), "token explainer with an error");
        await page.GetByRole(AriaRole.Link, new() { Name = "Paste the launch token, of up to 8192 characters" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Launch token")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("not-a-token");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Would be refused" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("This is not a signed JSON Web Token")).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "token explainer with findings");
    }

    [Fact]
    public async Task A_social_worker_looks_up_a_child_with_a_reason_and_the_form_and_its_errors_have_no_accessibility_violations()
    {
        var page = await SignInAsync("sw-browser", "social-worker", "/find");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Look up a child" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "look-up");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show family context" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "look-up with errors");
    }

    [Fact]
    public async Task An_extract_report_is_reached_from_the_sources_page_with_the_keyboard_alone_and_both_have_no_accessibility_violations()
    {
        // Checks only: the demo's extracts stay in service for the other tests.
        var samples = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "flat");
        var request = new Ingest.IngestRequest("housing", Path.Combine(samples, "housing.csv"), Path.Combine(samples, "housing.yaml"), DateTimeOffset.UtcNow.AddHours(-1), DryRun: true, Actor: "analyst-browser");
        for (var run = 0; run < 2; run++)
        {
            using var output = new StringWriter();
            await Ingest.IngestCommand.RunAsync(fixture.Services, request, new Ingest.LineProgress(output, TimeProvider.System, TimeSpan.FromHours(1)), output, output, CancellationToken.None);
        }

        var page = await SignInAsync("mgr-browser-reports", "manager", "/admin/sources");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Housing" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "sources with reports");

        var link = page.GetByRole(AriaRole.Table, new() { Name = "Housing" }).GetByRole(AriaRole.Link, new() { Name = "View report" }).First;
        for (var i = 0; i < 80 && !await link.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Housing extract: data quality report", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal("rgb(11, 12, 12)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.govuk-header')).backgroundColor"));
        AssertNoViolations(await page.RunAxe(), "extract report");
    }

    private async Task<IPage> SignInAsync(string subject, string role, string returnUrl)
    {
        // The demo's own group, which the demo permits.
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
