using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyContext.Plugin.BrowserTests;

public sealed class PanelInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_social_worker_opens_a_child_from_the_demo_CMS_and_reads_a_detail_in_the_panel()
    {
        var page = await NewPageAsync(1366, 768);
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/demo").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children with open cases" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        var panel = page.FrameLocator("iframe[title^='Family Context panel']");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");

        var detail = panel.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^View details") }).Filter(new() { Visible = true }).First;
        await detail.ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("involvement");
        await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Back to the family" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(360, 640)]
    [InlineData(768, 1024)]
    [InlineData(1366, 768)]
    public async Task The_panel_and_a_detail_have_no_accessibility_violations(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        var panelUrl = await OpenPanelDirectlyAsync(page);

        AssertNoViolations(await page.RunAxe(), "panel");
        await SaveScreenshotAsync(page, $"panel-{width}.png");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the panel scrolls sideways by {overflow}px at {width}px wide");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^View details") }).Filter(new() { Visible = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("involvement");
        AssertNoViolations(await page.RunAxe(), "detail");
        await SaveScreenshotAsync(page, $"detail-{width}.png");
        Assert.NotEqual(panelUrl, page.Url);
    }

    [Fact]
    public async Task The_demo_CMS_child_record_with_the_panel_in_its_frame_has_no_accessibility_violations_and_loads_nothing_missing()
    {
        var page = await NewPageAsync(1366, 768);
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {new Uri(response.Url).AbsolutePath}");
            }
        };
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/demo").ToString());

        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        var panel = page.FrameLocator("iframe[title^='Family Context panel']");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");

        AssertNoViolations(await page.RunAxe(), "demo child record with the panel");
        Assert.Empty(failed);
        // Headless Chromium does not ask for an icon; a desktop browser asks for the one the page declares, or /favicon.ico (not served).
        var icon = await page.Locator("link[rel='icon']").GetAttributeAsync("href");
        Assert.StartsWith("data:", icon, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_CMS_page_has_no_accessibility_violations()
    {
        var page = await NewPageAsync(1366, 768);
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/demo").ToString());
        AssertNoViolations(await page.RunAxe(), "demo list");
    }

    [Fact]
    public async Task A_keyboard_user_reaches_a_detail_with_the_tab_and_enter_keys_alone()
    {
        var page = await NewPageAsync(1366, 768);
        await OpenPanelDirectlyAsync(page);

        // Skip link first, then the panel's links in reading order.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var text = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
            if (text.StartsWith("View details", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.StartsWith("View details", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"), StringComparison.Ordinal);
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle + '|' + getComputedStyle(document.activeElement).backgroundColor");
        Assert.NotEqual("none|rgba(0, 0, 0, 0)", outline);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("involvement");
    }

    [Fact]
    public async Task The_demo_family_of_30_renders_its_table_in_the_CMS_frame_at_1366px_and_a_keyboard_user_reaches_its_last_link()
    {
        var page = await NewPageAsync(1366, 768);
        // The demo's one family of 30 (DemoCouncilGenerator.LargeFamilyChildId).
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/demo/children/900001").ToString());
        var panel = page.FrameLocator("iframe[title^='Family Context panel']");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");

        var table = panel.GetByRole(AriaRole.Table, new() { Name = "Each person and service" });
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(30);
        await Assertions.Expect(panel.Locator("[data-summary]")).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "family of 30 in the CMS frame");

        var last = table.Locator("a").Last;
        var name = (await last.TextContentAsync())!.Trim();
        for (var i = 0; i < 400 && !await last.EvaluateAsync<bool>("l => l === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(last).ToBeFocusedAsync();
        await Assertions.Expect(last).ToBeInViewportAsync();
        Assert.NotEmpty(name);
    }

    [Fact]
    public async Task At_1366px_the_family_is_a_table_whose_row_and_column_headers_are_announced()
    {
        var page = await NewPageAsync(1366, 768);
        await OpenPanelDirectlyAsync(page);

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Each person and service" });
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Police" })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader).First).ToBeVisibleAsync();
        // The accessibility tree pairs each cell with its headers: a row header per person, a column header per service.
        var tree = await table.AriaSnapshotAsync();
        Assert.Contains("columnheader \"Police\"", tree, StringComparison.Ordinal);
        Assert.Contains("rowheader", tree, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".fc-narrow-only")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-summary]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task At_360px_the_family_is_shown_as_cards_and_the_table_is_not_shown()
    {
        var page = await NewPageAsync(360, 640);
        await OpenPanelDirectlyAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".fc-panel-person").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-summary]")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(360, 640)]
    [InlineData(768, 1024)]
    [InlineData(1366, 768)]
    public async Task The_case_note_has_no_accessibility_violations_and_its_copy_button_copies_the_note(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await OpenPanelDirectlyAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Get a note for the case record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Note for the case record");
        AssertNoViolations(await page.RunAxe(), "case note");
        await SaveScreenshotAsync(page, $"case-note-{width}.png");

        var note = await page.GetByLabel("Note").InputValueAsync();
        Assert.StartsWith("Family Context check for ", note, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy note" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Note copied");
        Assert.Equal(note, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [Theory]
    [InlineData(360, 640)]
    [InlineData(768, 1024)]
    [InlineData(1366, 768)]
    public async Task The_print_view_has_no_accessibility_violations_on_screen_or_as_printed(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await OpenPanelDirectlyAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Print view for a meeting, with contacts" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who to contact" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-summary]")).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "print view");
        await SaveScreenshotAsync(page, $"print-{width}.png");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator(".fc-print-hint")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Each person and service" })).ToBeVisibleAsync();
        AssertNoViolations(await page.RunAxe(), "print view as printed");
    }

    [Fact]
    public async Task A_keyboard_user_reaches_the_case_note_with_the_tab_and_enter_keys_alone()
    {
        var page = await NewPageAsync(1366, 768);
        await OpenPanelDirectlyAsync(page);

        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.textContent.trim()") != "Get a note for the case record"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Note for the case record");
    }

    [Fact]
    public async Task A_keyboard_user_opens_the_print_view_and_prints_it_with_the_print_button()
    {
        var page = await NewPageAsync(1366, 768);
        await page.AddInitScriptAsync("window.fcPrinted = 0; window.print = () => { window.fcPrinted++; };");
        await OpenPanelDirectlyAsync(page);

        await TabToAsync(page, "Print view for a meeting, with contacts");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who to contact" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".fc-print-hint")).ToBeHiddenAsync();
        await TabToAsync(page, "Print");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(1, await page.EvaluateAsync<int>("window.fcPrinted"));
        AssertNoViolations(await page.RunAxe(), "print view with its print button");
    }

    [Fact]
    public async Task Without_JavaScript_the_print_view_names_the_browsers_print_command_and_the_case_note_is_selectable_text()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var panelUrl = await OpenPanelDirectlyAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Print view for a meeting, with contacts" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who to contact" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".fc-print-hint")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print", Exact = true })).ToHaveCountAsync(0);
        await page.GotoAsync(panelUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Get a note for the case record" }).ClickAsync();

        var note = page.GetByLabel("Note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToBeEditableAsync(new() { Editable = false });
        await Assertions.Expect(note).ToBeEnabledAsync();
        Assert.StartsWith("Family Context check for ", await note.InputValueAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy note" })).ToHaveCountAsync(0);
    }

    /// <summary>Presses Tab until the link or button named has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string name)
    {
        for (var i = 0; i < 60 && await page.EvaluateAsync<string>("document.activeElement.textContent.trim()") != name; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(name, await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
    }

    /// <summary>Opens a child's stand-in CMS record and then its panel's own URL, as a full page.</summary>
    private async Task<string> OpenPanelDirectlyAsync(IPage page)
    {
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/demo").ToString());
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).Nth(2).ClickAsync();
        var framed = page.FrameLocator("iframe[title^='Family Context panel']");
        await Assertions.Expect(framed.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");
        var panelUrl = page.Frames.Single(f => f.Url.Contains("/panel/", StringComparison.Ordinal)).Url;
        await page.GotoAsync(panelUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("and linked people");
        return panelUrl;
    }

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    /// <summary>With FC_SCREENSHOTS set to a folder, keeps what the browser showed, for people to look at.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    private static void AssertNoViolations(AxeResult result, string what)
    {
        var violations = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on the {what} page:\n{violations}");
    }
}
