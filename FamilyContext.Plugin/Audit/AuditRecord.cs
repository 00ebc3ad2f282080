namespace FamilyContext.Plugin.Audit;

/// <summary>A stored audit entry: its place in the chain, when it happened, and the hashes that chain it.</summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset At,
    string Action,
    string Outcome,
    string? Actor,
    string? Cms,
    string? ChildId,
    string? PersonId,
    string? ServiceId,
    string? SessionId,
    string? Detail,
    bool Alert,
    string PreviousHash,
    string Hash)
{
    public static AuditRecord Create(long sequence, DateTimeOffset at, AuditEntry e, string previousHash)
    {
        var unhashed = new AuditRecord(sequence, at.ToUniversalTime(), e.Action, e.Outcome, e.Actor, e.Cms, e.ChildId, e.PersonId,
            e.ServiceId, e.SessionId, e.Detail, e.Alert, previousHash, "");
        return unhashed with { Hash = AuditChain.HashOf(unhashed) };
    }
}
