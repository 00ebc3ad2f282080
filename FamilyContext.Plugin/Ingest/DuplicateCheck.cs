using System.Security.Cryptography;
using System.Text;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// Remembers record ids and people already seen, as 64-bit digests with the row that first had them: a million rows
/// cost tens of megabytes, not the rows themselves. (A clash of two digests is about one in ten million at that size.)
/// </summary>
internal sealed class DuplicateCheck
{
    private readonly Dictionary<long, long> _records = [];
    private readonly Dictionary<long, long> _people = [];

    /// <summary>The row that already had this record id, or null (and the id is remembered).</summary>
    public long? SeenRecord(string recordId, long row) => Seen(_records, recordId, row);

    /// <summary>The row that already had this person (same NHS number, or same name, date of birth and postcode), or null.</summary>
    public long? SeenPerson(RecordPerson p, long row)
    {
        if (NameKeys.NhsNumber(p.NhsNumber) is { } nhs)
        {
            return Seen(_people, "nhs:" + nhs, row);
        }

        return NameKeys.Name(p.FirstName) is { } first && NameKeys.Name(p.FamilyName) is { } family && p.DateOfBirth is { } dob
            ? Seen(_people, $"{first}|{family}|{dob:yyyyMMdd}|{NameKeys.Postcode(p.Postcode)}", row)
            : null;
    }

    private static long? Seen(Dictionary<long, long> seen, string key, long row)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        var digest = BitConverter.ToInt64(hash);
        if (seen.TryGetValue(digest, out var first))
        {
            return first;
        }

        seen[digest] = row;
        return null;
    }
}
