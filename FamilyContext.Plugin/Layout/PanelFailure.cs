namespace FamilyContext.Plugin.Layout;

/// <summary>Why a panel request cannot be answered: an HTTP status and words for the worker (no personal data).</summary>
public sealed record PanelFailure(int Status, string Title, string Message, string? NextStep = null)
{
    public static readonly PanelFailure SessionEnded = new(
        StatusCodes.Status401Unauthorized, "Your Family Context session has ended",
        "Family Context panels stay open for a limited time and only in the browser that opened them.",
        "Open the child's record in the case management system again to see the panel.");

    public static PanelFailure Malformed(string what) => new(
        StatusCodes.Status400BadRequest, "That link is not valid", $"The {what} in the link is not in a form Family Context accepts.",
        "Go back to the family and choose again.");

    public static readonly PanelFailure NotInPanel = new(
        StatusCodes.Status403Forbidden, "You cannot see this person here",
        "This person is not linked to the child this panel was opened for, or their record is restricted.",
        "Go back to the family and choose again.");

    public static readonly PanelFailure NotAChild = new(
        StatusCodes.Status403Forbidden, "Family Context shows only children",
        "The record with this id is not a child's record in the case management system (under 18 by its date of birth), so no family is shown. This attempt has been recorded.",
        "Check the child's id in the case management system.");

    public static readonly PanelFailure NotPermitted = new(
        StatusCodes.Status403Forbidden, "You do not have access to Family Context",
        "Your account is not permitted to see family information in Family Context. This attempt has been recorded.",
        "Ask your team manager for access.");

    public static readonly PanelFailure AuditUnavailable = new(
        StatusCodes.Status503ServiceUnavailable, "Family Context cannot show this right now",
        "Every look at a family's information must be recorded, and the record could not be written, so nothing has been shown.",
        "Try again in a few minutes. If this keeps happening, tell your system administrator.");

    public static readonly PanelFailure SessionsUnavailable = new(
        StatusCodes.Status503ServiceUnavailable, "Family Context cannot open panels right now",
        "Family Context could not reach the store that keeps panels open and links single-use, so nothing has been shown.",
        "Try again in a few minutes. If this keeps happening, tell your system administrator.");

    public static readonly PanelFailure TooManyRequests = new(
        StatusCodes.Status429TooManyRequests, "Too many requests",
        "You have opened a lot of records in a short time, so Family Context has paused for a moment.",
        "Wait a minute and try again.");

    public static PanelFailure UnknownService(string serviceId) => new(
        StatusCodes.Status404NotFound, "Service not found", $"Family Context does not show a service called '{serviceId}'.");
}
