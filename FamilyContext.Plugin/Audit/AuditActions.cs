namespace FamilyContext.Plugin.Audit;

/// <summary>The actions the audit trail records. Stable strings: they are searched and exported.</summary>
public static class AuditActions
{
    public const string LaunchAccepted = "launch";
    public const string LaunchRejected = "launch-rejected";
    public const string SignedIn = "sign-in";
    public const string SignInRejected = "sign-in-rejected";
    public const string Search = "search";
    public const string PanelShown = "panel-shown";
    public const string DetailOpened = "detail-opened";
    public const string CaseNoteOpened = "case-note-opened";
    public const string PrintViewOpened = "print-view-opened";
    public const string AccessDenied = "access-denied";
    public const string StaffPageDenied = "staff-page-denied";
    public const string AccessRuleAdded = "access-rule-added";
    public const string AccessRuleRemoved = "access-rule-removed";
    public const string SharingRuleAdded = "sharing-rule-added";
    public const string SharingRuleRemoved = "sharing-rule-removed";
    public const string AuditSearched = "audit-searched";
    public const string AuditExported = "audit-exported";
    public const string Ingest = "ingest";
    public const string MatchConfirmed = "match-confirmed";
    public const string MatchRejected = "match-rejected";
    public const string MatchReviewReversed = "match-review-reversed";
    public const string AlertReviewed = "alert-reviewed";
    public const string SetupChecked = "setup-checked";
    public const string AlertTested = "alert-tested";
    public const string CmsUnhealthy = "cms-unhealthy";
    public const string ReportViewed = "report-viewed";

    // Refusals of requests that never reached a worker's data, recorded at most a few a minute per address (RefusalAudit).
    public const string RateLimited = "rate-limited";
    public const string CsrfRejected = "csrf-rejected";
    public const string RequestRejected = "request-rejected";
    public const string RequestFailed = "request-failed";

    // The original API: the actor is a client system (its configured name), not a worker.
    public const string ApiSearch = "api-search";
    public const string ApiPersonShown = "api-person-shown";
    public const string ApiServicesShown = "api-services-shown";
    public const string ApiServiceDetailShown = "api-service-detail-shown";
    public const string ApiRelatedShown = "api-related-shown";
}
