using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.MatchReview;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.MatchReview;

/// <summary>
/// A worker checks a possible match with the practitioner and records the answer: confirmed, it shows as Current or
/// Historic with who confirmed it; rejected, it is not shown for that person — until a new extract changes who the
/// record describes. Every review is audited with its reason, and needs the worker's panel session.
/// </summary>
public sealed class ClericalReviewTests : IDisposable
{
    private readonly PluginFactory _factory = new();
    private readonly PossibleMatchFamily _family;

    public ClericalReviewTests() => _family = new PossibleMatchFamily(_factory);

    private async Task<(HttpClient Browser, string Session)> OpenAsync()
    {
        var browser = _factory.Browser();
        return (browser, await _factory.LaunchAsync(browser, _family.Child.Id));
    }

    private async Task<string> DetailAsync(HttpClient browser, string session) =>
        await browser.GetStringAsync(new Uri(_family.DetailPath(session), UriKind.Relative));

    [Fact]
    public async Task A_confirmed_match_shows_its_record_as_Historic_or_Current_with_who_confirmed_it_and_when_and_is_audited_with_the_note()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();
        Assert.DoesNotContain(PossibleMatchFamily.Offence, await DetailAsync(browser, session), StringComparison.Ordinal);

        var response = await PossibleMatchFamily.ConfirmAsync(browser, _family.DetailPath(session));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(_family.DetailPath(session), response.Headers.Location!.OriginalString);
        var html = await DetailAsync(browser, session);
        Assert.Contains(PossibleMatchFamily.Offence, html, StringComparison.Ordinal);
        Assert.Contains(">Current<", html, StringComparison.Ordinal);
        Assert.Contains("Confirmed by Test worker on 21 November 2026", html, StringComparison.Ordinal);
        Assert.Contains("Confirmed by Test worker on 21 November 2026", await browser.GetStringAsync(new Uri($"/panel/{session}", UriKind.Relative)), StringComparison.Ordinal);
        var audit = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.MatchConfirmed);
        Assert.Equal((_family.Grandfather.Id, "police", session, false), (audit.PersonId, audit.ServiceId, audit.SessionId, audit.Alert));
        Assert.Contains("\"record\":\"P-77\"", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("Date of birth and address checked", audit.Detail, StringComparison.Ordinal);
        var kept = Assert.Single(await _factory.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
        var generation = (await _factory.Store.GetGenerationsAsync(CancellationToken.None))["police"];
        Assert.Equal(("PC Pat Checker", new DateOnly(2026, 11, 20), generation), (kept.SpokeTo, kept.SpokeOn, kept.Generation));
    }

    [Fact]
    public async Task A_confirmation_is_remembered_for_later_panels_while_a_new_extract_keeps_the_records_identifying_details()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();
        await PossibleMatchFamily.ConfirmAsync(browser, _family.DetailPath(session));

        await _family.LoadAsync();
        var (laterBrowser, laterSession) = await OpenAsync();
        using var later = await PanelJson.GetAsync(laterBrowser, laterSession);

        Assert.Equal("Current", later.State(_family.Grandfather.Id, "police"));
    }

    [Fact]
    public async Task A_new_extract_that_changes_the_records_identifying_details_sends_a_confirmed_match_back_to_possible()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();
        await PossibleMatchFamily.ConfirmAsync(browser, _family.DetailPath(session));

        await _family.LoadAsync(_family.PoliceRecord(addressLine: "12 Moved Street"));

        var html = await DetailAsync(browser, session);
        Assert.Contains("Possible match", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PossibleMatchFamily.Offence, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_this_person_removes_the_record_for_this_person_and_is_audited_with_the_reason_without_an_alert()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        var response = await PossibleMatchFamily.RejectAsync(browser, _family.DetailPath(session));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var panel = await PanelJson.GetAsync(browser, session);
        Assert.Equal("NoRecord", panel.State(_family.Grandfather.Id, "police"));
        var audit = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.MatchRejected);
        Assert.False(audit.Alert);
        Assert.Contains("lives in Manchester", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_raises_an_alert_when_the_service_is_configured_to()
    {
        _factory.Settings["FamilyContext:Services:police:AlertOnMatchReview"] = "true";
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        await PossibleMatchFamily.RejectAsync(browser, _family.DetailPath(session));

        Assert.True(Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.MatchRejected).Alert);
    }

    [Theory]
    [InlineData("", "20", "11", "2026", "spoke-to-1", "Enter who you spoke to")]
    [InlineData("PC Pat Checker", "", "", "", "spoke-on-1", "Enter when you spoke to them")]
    [InlineData("PC Pat Checker", "31", "2", "2026", "spoke-on-1", "When you spoke to them must be a real date")]
    [InlineData("PC Pat Checker", "22", "11", "2026", "spoke-on-1", "When you spoke to them must be today or in the past")]
    public async Task A_confirmation_with_a_missing_or_wrong_answer_is_shown_again_with_an_error_summary_and_nothing_is_recorded(
        string spokeTo, string day, string month, string year, string field, string message)
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        var response = await PossibleMatchFamily.ConfirmAsync(browser, _family.DetailPath(session), spokeTo: spokeTo, day: day, month: month, year: year);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PossibleMatchFamily.Offence, html, StringComparison.Ordinal);
        Assert.Empty(await _factory.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.MatchConfirmed);
    }

    [Fact]
    public async Task Not_this_person_without_a_reason_is_shown_again_with_an_error_summary()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        var response = await PossibleMatchFamily.RejectAsync(browser, _family.DetailPath(session), reason: " ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#reason-1\">Enter why it is not this person</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_without_the_anti_forgery_token_is_refused()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();
        using var form = new FormUrlEncodedContent([new("recordId", "P-77"), new("decision", "reject"), new("note", "Not him")]);

        var response = await browser.PostAsync(new Uri(_family.DetailPath(session) + "/review", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _factory.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_review_from_another_childs_session_is_refused_and_audited()
    {
        await _family.LoadAsync();
        var other = _factory.Cms.Add(People.Person("820009", "Other", "Child", _factory.Today.AddYears(-5)));
        var (browser, session) = await OpenAsync();
        var otherSession = await _factory.LaunchAsync(browser, other.Id);
        var page = _family.DetailPath(session);

        var response = await browser.SubmitAsync(page, $"/panel/{otherSession}/people/{_family.Grandfather.Id}/services/police/review",
            ("recordId", "P-77"), ("decision", "reject"), ("note", "Not him"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _factory.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.SessionId == otherSession);
    }

    [Fact]
    public async Task A_record_that_is_not_a_possible_match_for_this_person_cannot_be_reviewed()
    {
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        var response = await PossibleMatchFamily.ConfirmAsync(browser, _family.DetailPath(session), recordId: "P-OTHER");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await _factory.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_service_that_names_its_confirming_groups_offers_no_review_to_other_workers_and_refuses_their_attempt()
    {
        _factory.Settings["FamilyContext:Services:police:ConfirmingGroups:0"] = "police-liaison";
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        var html = await DetailAsync(browser, session);
        // The detail offers no form, so the attempt carries a token from another page, as a hand-made request would.
        var response = await browser.SubmitAsync("/demo", _family.DetailPath(session) + "/review", ("recordId", "P-77"), ("decision", "reject"), ("note", "Not him"));

        Assert.DoesNotContain("Confirmed with the practitioner", html, StringComparison.Ordinal);
        Assert.Contains("Only named teams can record whether a Police record is this person", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _factory.Services.GetRequiredService<IMatchReviewStore>().ListAsync(10, CancellationToken.None));
        Assert.Contains(await _factory.AuditAsync(), r => r.Action == AuditActions.AccessDenied && r.Alert && r.Detail!.Contains("confirming groups", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_in_a_named_confirming_group_may_confirm()
    {
        _factory.Settings["FamilyContext:Services:police:ConfirmingGroups:0"] = "police-liaison";
        _factory.Settings["FamilyContext:Services:police:ConfirmingGroups:1"] = Plugin.Demo.DemoLaunchKey.WorkersGroup;
        await _family.LoadAsync();
        var (browser, session) = await OpenAsync();

        var response = await PossibleMatchFamily.ConfirmAsync(browser, _family.DetailPath(session));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(PossibleMatchFamily.Offence, await DetailAsync(browser, session), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
