using FamilyContext.Plugin.Layout;
using FamilyContext.Plugin.Sharing;

namespace FamilyContext.Plugin.Panel;

/// <summary>What a worker is told when a sharing rule stands between them and a service's details (no personal data).</summary>
internal static class SharingFailures
{
    /// <summary>A sharing rule keeps this service from the worker's team: said honestly, never as "No record".</summary>
    public static PanelFailure NotShared(SharingRule rule) => new PanelFailure(
        StatusCodes.Status403Forbidden, "Not shared with your team",
        $"{WorkerSharing.NotSharedText(rule)}. A data-sharing agreement limits who sees this service's details; this does not mean there is no record. This attempt has been recorded.",
        "Go back to the family.");

    /// <summary>A sharing rule asks for a reason before this service's details open. The pages ask for it; the API takes it in a header.</summary>
    public static readonly PanelFailure ReasonRequired = new PanelFailure(
        StatusCodes.Status403Forbidden, "A reason is needed to open these details",
        "A data-sharing agreement asks for a reason before this service's details open. The reason is recorded.",
        $"Give the reason in the {ReasonHeader} header (up to {SharingPolicy.MaximumReasonLength} characters, on one line).");

    public static readonly PanelFailure SharingUnavailable = new PanelFailure(
        StatusCodes.Status503ServiceUnavailable, "Family Context cannot show this right now",
        "Family Context could not read the data-sharing rules, so it cannot tell whether these details may be shown, and has shown nothing.",
        "Try again in a few minutes. If this keeps happening, tell your system administrator.");

    /// <summary>The API's header for the reason a sharing rule asks for.</summary>
    public const string ReasonHeader = "X-FamilyContext-Reason";
}
