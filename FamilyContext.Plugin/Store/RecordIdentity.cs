using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FamilyContext.Plugin.Store;

/// <summary>
/// A hash of a record's identifying details. A clerical review holds only while it is unchanged: a new extract that
/// changes who the record describes (name, date of birth, address, identifiers) sends it back to the matcher's verdict.
/// </summary>
public static class RecordIdentity
{
    public static string Hash(RecordPerson p)
    {
        // Unit separators between fields, so ("ab", "c") and ("a", "bc") differ.
        var text = string.Join('\u001f',
            p.FirstName, p.FamilyName, DateText.From(p.DateOfBirth), ((int)p.Gender).ToString(CultureInfo.InvariantCulture),
            p.AddressLine, p.Postcode, p.Uprn, p.NhsNumber, p.Upn, p.PersonKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
