using FamilyContext.Plugin.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>Managers and IG admins see every clerical review and reverse one, giving a reason (audited).</summary>
internal static class MatchReviewAdminEndpoints
{
    private const int Shown = 500;

    public static IEndpointRouteBuilder MapMatchReviewAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/matches").RequireAuthorization(StaffPolicies.Admin).ExcludeFromDescription();
        admin.MapGet("/", async (IMatchReviewStore store, CancellationToken ct) => Page(await store.ListAsync(Shown, ct), null, null));
        admin.MapPost("/{id:long}/reverse", ReverseAsync);
        return app;
    }

    private static async Task<IResult> ReverseAsync(long id, [FromForm] string? reason, HttpContext http, IMatchReviewStore store, MatchReviewRecorder recorder,
        CancellationToken ct)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MatchReviewsPage.MaximumReasonLength || reason.Any(c => char.IsControl(c) && c is not ('\r' or '\n')))
        {
            var page = Page(await store.ListAsync(Shown, ct), id, $"Enter why you are reversing this review, in up to {MatchReviewsPage.MaximumReasonLength} characters");
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        await recorder.ReverseAsync(id, StaffClaims.SubjectOf(http.User)!, reason, ct);
        return Results.Redirect("/admin/matches");
    }

    private static RazorComponentResult<MatchReviewsPage> Page(IReadOnlyList<MatchDecision> decisions, long? errorFor, string? error) =>
        new(new Dictionary<string, object?> { ["Decisions"] = decisions, ["ErrorFor"] = errorFor, ["Error"] = error });
}
