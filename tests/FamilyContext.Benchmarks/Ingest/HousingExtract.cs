using System.Globalization;
using System.Text;

namespace FamilyContext.Benchmarks.Ingest;

/// <summary>
/// A made-up flat housing extract in the shipped shape (samples/flat/housing.yaml), written row by row so its size
/// costs no memory: varied names, birth dates over 70 years, 5,000 postcodes, quoted addresses with commas.
/// </summary>
public static class HousingExtract
{
    public const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";

    private static readonly string[] FirstNames = ["Jess", "Sam", "Alex", "Priya", "Tom", "Amara", "Leo", "Maya", "Owen", "Zara", "Ravi", "Ella"];
    private static readonly string[] FamilyNames = ["Testwell", "Sampleton", "Example", "Fakeley", "Mockford", "Dummer", "Placeholt", "Trialby"];

    public static void Write(string path, int rows)
    {
        var random = new Random(8);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        for (var i = 1; i <= rows; i++)
        {
            var dob = new DateOnly(1945, 1, 1).AddDays(random.Next(70 * 365));
            var ended = random.Next(5) == 0;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"T-{i},{FirstNames[random.Next(FirstNames.Length)]},{FamilyNames[random.Next(FamilyNames.Length)]},{dob:dd/MM/yyyy},{(random.Next(2) == 0 ? "F" : "M")},\"{random.Next(1, 300)} Test Street, Stockport\",SK{random.Next(1, 20)} {random.Next(1, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(25))},,,{(ended ? "Ended" : "Live")},01/06/2022,{(ended ? "30/09/2025" : "")},Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam.officer@example.org,N,{(random.Next(10) == 0 ? "Y" : "N")},N,N\n"));
        }
    }
}
