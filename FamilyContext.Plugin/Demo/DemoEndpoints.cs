using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Demo;

/// <summary>The /demo pages: a stand-in CMS that lists the synthetic children and launches the panel for one.</summary>
internal static class DemoEndpoints
{
    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/demo")).ExcludeFromDescription();

        app.MapGet("/demo", async (string? q, int? offset, DemoCmsDatabase cms, ServiceCatalogue catalogue, DemoOutageSwitch outages, TimeProvider time, CancellationToken ct) =>
        {
            // The demo's people age with the clock: list only those who are children today, as the panel will check.
            var today = UkDates.Today(time);
            var query = q?.Trim() is { Length: > 0 and <= 100 } text ? text : null;
            var children = (await cms.ChildrenAsync(ct))
                .Where(c => ChildRule.IsChild(c, today))
                .Where(c => query is null || c.Id == query || $"{c.FirstName} {c.FamilyName}".Contains(query, StringComparison.OrdinalIgnoreCase))
                .ToList();
            var start = Math.Clamp(offset ?? 0, 0, Math.Max(0, children.Count - 1));
            return new RazorComponentResult<DemoPage>(new Dictionary<string, object?>
            {
                ["Children"] = children.Skip(start).Take(DemoPage.PageSize).ToList(),
                ["Total"] = children.Count,
                ["Offset"] = start,
                ["Query"] = query,
                ["Outages"] = catalogue.All.Select(s => (s.Id, s.Name, outages.IsDown(s.Id))).ToList(),
            });
        }).ExcludeFromDescription();

        app.MapGet("/demo/children/{childId}", async (string childId, string? worker, DemoCmsDatabase cms, DemoLaunchKey key, IOptions<LaunchOptions> launch, CancellationToken ct) =>
        {
            if (!PersonIds.IsWellFormed(childId))
            {
                return ErrorReplies.Page(PanelFailure.Malformed("child id"), framed: false);
            }

            if (await cms.FindChildAsync(childId, ct) is not CmsPerson child)
            {
                return ErrorReplies.Page(new PanelFailure(StatusCodes.Status404NotFound, "Child not found", "The demo CMS holds no child with an open case with that id."), framed: false);
            }

            var (workerId, workerName) = worker == DemoCmsAdapter.Manager
                ? (DemoCmsAdapter.Manager, "Demo team manager")
                : (DemoCmsAdapter.SocialWorker, "Demo social worker");
            var token = key.Mint(launch.Value.Audience, workerId, workerName, child.Id);
            return new RazorComponentResult<DemoChildPage>(new Dictionary<string, object?>
            {
                ["Child"] = child,
                ["LaunchUrl"] = $"/launch/demo?token={Uri.EscapeDataString(token)}",
                ["WorkerName"] = workerName,
                ["AsManager"] = workerId == DemoCmsAdapter.Manager,
            });
        }).ExcludeFromDescription();

        app.MapPost("/demo/outages", (IFormCollection form, ServiceCatalogue catalogue, DemoOutageSwitch outages) =>
        {
            var selected = new HashSet<string>(form["down"].OfType<string>(), StringComparer.OrdinalIgnoreCase);
            foreach (var service in catalogue.All)
            {
                outages.Set(service.Id, selected.Contains(service.Id));
            }

            return Results.Redirect("/demo");
        }).ExcludeFromDescription();
        return app;
    }
}
