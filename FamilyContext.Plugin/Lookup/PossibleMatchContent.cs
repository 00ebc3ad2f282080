using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// What may be shown of a possible match: who to ask and how it matched, never what the record says. A possible match
/// may be another person's record, so its content (involvement, dates, the service's own fields, the practitioner's
/// role, the record's own identifying details) stays withheld until a worker records that identity was confirmed.
/// </summary>
public static class PossibleMatchContent
{
    /// <summary>The plain sentence every view of a withheld record carries.</summary>
    public const string Explanation =
        "The details of this record are withheld until the match is confirmed, because it may be another person's record.";

    /// <summary>What to ask the practitioner to check.</summary>
    public const string WhatToAsk = "Ask the practitioner to check the person's date of birth, address and any other names they have used.";

    private static readonly RecordPerson NoIdentity = new(null, null, null, Gender.Unknown, null, null, null, null, null, null);

    /// <summary>The check as it may be shown: unchanged unless it is a possible match, whose records keep only their id and contact.</summary>
    public static ServiceCheck Withhold(ServiceCheck check) =>
        check.Flag.State != FlagState.PossibleMatch
            ? check
            : check with { Records = [.. check.Records.Select(m => m with { Record = Withheld(m.Record) })] };

    private static ServiceRecord Withheld(ServiceRecord record) => new(
        record.ServiceId,
        record.RecordId,
        NoIdentity,
        Involvement.None,
        null,
        null,
        // A role can say what the involvement is ("sex offender manager"): only who to call and how is kept.
        record.Practitioner is { } p ? p with { Role = null } : null,
        []);
}
