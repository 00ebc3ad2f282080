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

    /// <summary>The one text form of a record's time: UTC, fixed width, sortable.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Walks the whole trail in sequence order and reports the first break, if any.</summary>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditRecord> records, CancellationToken cancellationToken)
    {
        var previous = Genesis;
        long expected = 1, count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            string? problem =
                record.Sequence != expected ? $"expected record {expected} but found record {record.Sequence}: records are missing or out of order" :
                record.PreviousHash != previous ? "its previous-hash does not match the record before it: a record before it was changed or removed" :
                HashOf(record) != record.Hash ? "its contents do not match its hash: it was changed" :
                null;
            if (problem is not null)
            {
                return new AuditVerification(false, count, record.Sequence, problem);
            }

            previous = record.Hash;
            expected++;
            count++;
        }

        return new AuditVerification(true, count, null, null);
    }
}
