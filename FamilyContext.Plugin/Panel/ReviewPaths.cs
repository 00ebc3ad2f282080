using System.Globalization;

namespace FamilyContext.Plugin.Panel;

/// <summary>Where the clerical review forms post, and their fields' ids (the error summary links to them).</summary>
internal static class ReviewPaths
{
    public static string Detail(string sessionId, string personId, string serviceId) =>
        $"/panel/{Uri.EscapeDataString(sessionId)}/people/{Uri.EscapeDataString(personId)}/services/{Uri.EscapeDataString(serviceId)}";

    public static string Form(string sessionId, string personId, string serviceId) => Detail(sessionId, personId, serviceId) + "/review";

    public static string SpokeTo(int index) => string.Create(CultureInfo.InvariantCulture, $"spoke-to-{index}");

    public static string SpokeOn(int index) => string.Create(CultureInfo.InvariantCulture, $"spoke-on-{index}");

    public static string Note(int index) => string.Create(CultureInfo.InvariantCulture, $"note-{index}");

    public static string Reason(int index) => string.Create(CultureInfo.InvariantCulture, $"reason-{index}");
}
