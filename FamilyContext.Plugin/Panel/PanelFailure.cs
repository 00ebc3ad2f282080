namespace FamilyContext.Plugin.Panel;

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

    public static PanelFailure UnknownService(string serviceId) => new(
        StatusCodes.Status404NotFound, "Service not found", $"Family Context does not show a service called '{serviceId}'.");
}
