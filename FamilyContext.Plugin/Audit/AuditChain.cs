using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FamilyContext.Plugin.Audit;

/// <summary>
/// The hash chain: each record's hash covers every field and the previous record's hash, so editing,
/// inserting or deleting any record breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(AuditRecord r)
    {
        // A JSON array of the fields in a fixed order: unambiguous (no field can bleed into the next) and easy to re-create elsewhere.
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            r.Sequence, Timestamp(r.At), r.Action, r.Outcome, r.Actor, r.Cms, r.ChildId, r.PersonId, r.ServiceId, r.SessionId, r.Detail, r.Alert, r.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>A record as a head: <c>sequence:hash</c>.</summary>
    public static string Head(AuditRecord record) => $"{record.Sequence.ToString(CultureInfo.InvariantCulture)}:{record.Hash}";

    /// <summary>The one text form of a record's time: UTC, fixed width, sortable.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="anchor"/> has a head's form: a record number, a colon, and 64 hexadecimal digits.</summary>
    public static bool IsWellFormedHead(string anchor) =>
        System.Text.RegularExpressions.Regex.IsMatch(anchor, "^[1-9][0-9]{0,18}:[0-9a-f]{64}$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Walks the whole trail in sequence order and reports the first break, if any. With an <paramref name="anchor"/>
    /// (a well-formed head noted earlier, <c>sequence:hash</c>), the trail must still hold that record with that hash: the
    /// chain alone cannot show that records were removed from its end. A record there with another hash is a break; an
    /// anchor beyond the trail's last record is reported apart (<see cref="AuditVerification.AnchorBeyondEnd"/>): records
    /// may have been removed from the end, or the head may have been noted wrongly, and nothing in the trail tells which.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditRecord> records, CancellationToken cancellationToken, string? anchor = null)
    {
        var anchorSequence = anchor is null ? (long?)null : long.Parse(anchor.Split(':')[0], CultureInfo.InvariantCulture);
        var previous = Genesis;
        long expected = 1, count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            string? problem =
                record.Sequence != expected ? $"expected record {expected} but found record {record.Sequence}: records are missing or out of order" :
                record.PreviousHash != previous ? "its previous-hash does not match the record before it: a record before it was changed or removed" :
                HashOf(record) != record.Hash ? "its contents do not match its hash: it was changed" :
                record.Sequence == anchorSequence && Head(record) != anchor ? $"it does not match the noted head {anchor}: the trail from here on was rewritten, or the head was copied wrongly" :
                null;
            if (problem is not null)
            {
                return new AuditVerification(false, count, record.Sequence, problem);
            }

            previous = record.Hash;
            expected++;
            count++;
        }

        var head = count == 0 ? null : $"{(expected - 1).ToString(CultureInfo.InvariantCulture)}:{previous}";
        return new AuditVerification(true, count, null, null, head, AnchorBeyondEnd: anchorSequence > count);
    }
}
