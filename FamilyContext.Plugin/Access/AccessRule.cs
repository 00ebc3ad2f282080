namespace FamilyContext.Plugin.Access;

/// <summary>A manager's decision: permit or deny one user, or everyone in one group (as named in the sign-in or launch token).</summary>
public sealed record AccessRule(long Id, AccessSubjectKind Kind, string Subject, AccessEffect Effect, string? Note, string CreatedBy, DateTimeOffset CreatedAt)
{
    public bool Matches(string userId, IReadOnlyCollection<string> groups) => Kind switch
    {
        AccessSubjectKind.User => string.Equals(Subject, userId, StringComparison.OrdinalIgnoreCase),
        _ => groups.Contains(Subject, StringComparer.OrdinalIgnoreCase),
    };

    public string Describe() => $"{(Effect == AccessEffect.Permit ? "permit" : "deny")} {(Kind == AccessSubjectKind.User ? "user" : "group")} {Subject}";
}
