using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Alerts;

/// <summary>An alert in plain words for the manager or IG lead who reads it: who, what was refused, and why. Ids only.</summary>
internal static class AlertWording
{
    private const string SearchRefused = "search refused: ";

    /// <summary>What makes two alerts the same kind, beside the action and the person: the recorded cause.</summary>
    public static string? Cause(AuditRecord r) => r.Detail;

    public static string Sentence(AuditRecord r) => r.Action switch
    {
        AuditActions.LaunchRejected =>
            $"A link {(r.Cms is null ? "" : $"from {r.Cms} ")}to open a panel{(r.Actor is null ? "" : $" for {r.Actor}")}{(r.ChildId is null ? "" : $" (child {r.ChildId})")} was refused because {LaunchReason(r.Detail)}.",
        AuditActions.SignInRejected => $"A sign-in was refused: {r.Detail ?? "no reason recorded"}.",
        AuditActions.AccessDenied =>
            $"{r.Actor ?? "Someone"} was refused {(r.Detail?.StartsWith(SearchRefused, StringComparison.Ordinal) == true ? "a look-up of" : "access to")} child {r.ChildId ?? "(unknown)"}" +
            $"{(r.PersonId is null ? "" : $", person {r.PersonId}")}{(r.ServiceId is null ? "" : $", {r.ServiceId}")} because {DeniedReason(r.Detail)}.",
        AuditActions.StaffPageDenied => $"{r.Actor ?? "Someone"} tried to open {r.Detail} without the role it needs.",
        AuditActions.AccessRuleAdded => $"{r.Actor ?? "Someone"} added access {r.Detail}.",
        AuditActions.AccessRuleRemoved => $"{r.Actor ?? "Someone"} removed access {r.Detail}.",
        AuditActions.SharingRuleAdded => $"{r.Actor ?? "Someone"} added {r.Detail}.",
        AuditActions.SharingRuleRemoved => $"{r.Actor ?? "Someone"} removed {r.Detail}.",
        AuditActions.CmsUnhealthy => $"The CMS ({r.Cms}) is not answering as it should: {r.Detail}. Workers cannot open panels; check the CMS settings on /admin/setup.",
        _ => $"{r.Action} ({r.Outcome}){(r.Detail is null ? "" : $": {r.Detail}")}.",
    };

    /// <summary>The sentence, with how often it happened when it is a group.</summary>
    public static string Sentence(AuditRecord r, int count, DateTimeOffset first) =>
        count <= 1 ? Sentence(r) : $"{Sentence(r)} This happened {count} times from {UkDates.DateTime(first)}.";

    private static string LaunchReason(string? reason) => reason switch
    {
        "expired" => "the link had expired",
        "replayed" => "the link had already been used",
        "bad-signature" => "its signature could not be verified",
        "audience" => "it was meant for another service",
        "issuer" => "it came from a system that is not allowed",
        "lifetime" => "it was set to last too long",
        "claims" => "it did not say which worker and child it was for",
        "unknown-cms" => "it named a system Family Context does not know",
        "malformed" => "it was not a valid link",
        null => "of a problem with the link",
        _ => $"of {reason}",
    };

    private static string DeniedReason(string? detail)
    {
        var cause = detail?.StartsWith(SearchRefused, StringComparison.Ordinal) == true ? detail[SearchRefused.Length..] : detail;
        return cause switch
        {
            "rate limit" => "they opened too many records in a short time",
            "no rule permits this worker" => "no access rule permits them",
            "not a child" => "the record is not a child's",
            "person not in this child's panel" => "they asked for a person not linked to this child",
            "restricted record" => "the record is restricted",
            "malformed person id" => "the link was not valid",
            { } c when c.StartsWith("rule ", StringComparison.Ordinal) => $"access {c} applies to them",
            { } c when c.StartsWith("sharing rule ", StringComparison.Ordinal) => $"{c} keeps that service from their team",
            null => "of a reason not recorded",
            _ => cause,
        };
    }
}
