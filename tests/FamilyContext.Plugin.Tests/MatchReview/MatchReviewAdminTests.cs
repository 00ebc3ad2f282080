using System.Net;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.MatchReview;

/// <summary>Managers and IG admins see every clerical review and reverse one with a reason: audited, and the match is possible again at once.</summary>
public sealed class MatchReviewAdminTests : IClassFixture<OidcProviderFixture>, IDisposable
{
    private readonly OidcProviderFixture _provider;
    private readonly PluginFactory _factory = new();
    private readonly PossibleMatchFamily _family;

    public MatchReviewAdminTests(OidcProviderFixture provider)
    {
        _provider = provider;
        provider.Configure(_factory);
        // The provider's tokens are checked against the real clock.
        _factory.Time.Set(DateTimeOffset.UtcNow);
        _family = new PossibleMatchFamily(_factory);
    }

    private async Task<(HttpClient Browser, string Session)> ConfirmedAsync()
    {
        await _family.LoadAsync();
        var worker = _factory.Browser();
        var session = await _factory.LaunchAsync(worker, _family.Child.Id);
        var today = DateOnly.FromDateTime(_factory.Time.GetUtcNow().UtcDateTime);
        var confirmed = await PossibleMatchFamily.ConfirmAsync(worker, _family.DetailPath(session),
            day: today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), month: today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            year: today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return (worker, session);
    }

    [Fact]
    public async Task A_manager_reverses_a_confirmation_with_a_reason_it_is_audited_and_the_match_is_possible_again_at_once()
    {
        var (worker, session) = await ConfirmedAsync();
        using var manager = _factory.Browser();
        await _provider.SignInAsync(manager, "mgr-1", ["manager"], returnUrl: "/admin/matches");
        var list = await manager.GetStringAsync(new Uri("/admin/matches", UriKind.Relative));

        var reversed = await manager.SubmitAsync("/admin/matches", "/admin/matches/1/reverse", ("reason", "Police confirmed a different man"));

        Assert.Contains("Confirmed with the practitioner", list, StringComparison.Ordinal);
        Assert.Contains("PC Pat Checker", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);
        Assert.Contains("Reversed by mgr-1", await manager.GetStringAsync(new Uri("/admin/matches", UriKind.Relative)), StringComparison.Ordinal);
        var detail = await worker.GetStringAsync(new Uri(_family.DetailPath(session), UriKind.Relative));
        Assert.Contains("Possible match", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(PossibleMatchFamily.Offence, detail, StringComparison.Ordinal);
        var audit = Assert.Single(await _factory.AuditAsync(), r => r.Action == AuditActions.MatchReviewReversed);
        Assert.Equal(("mgr-1", _family.Grandfather.Id, _family.Child.Id), (audit.Actor, audit.PersonId, audit.ChildId));
        Assert.Contains("Police confirmed a different man", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reversing_without_a_reason_shows_the_page_again_with_an_error_summary_and_changes_nothing()
    {
        await ConfirmedAsync();
        using var admin = _factory.Browser();
        await _provider.SignInAsync(admin, "ig-1", ["ig-admin"], returnUrl: "/admin/matches");

        var response = await admin.SubmitAsync("/admin/matches", "/admin/matches/1/reverse", ("reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#reason-1\">Enter why you are reversing this review", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await _factory.AuditAsync(), r => r.Action == AuditActions.MatchReviewReversed);
    }

    [Fact]
    public async Task A_social_worker_cannot_open_the_match_reviews_page()
    {
        using var worker = _factory.Browser();
        await _provider.SignInAsync(worker, "sw-1", ["social-worker"]);

        var response = await worker.GetAsync(new Uri("/admin/matches", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
