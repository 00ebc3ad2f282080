using System.Text;
using FamilyContext.Plugin.Abstractions;
using Xunit;
using static FamilyContext.CmsSimulators.SeedFamily;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    /// <summary>
    /// The signed-off list of how the shipped mapping file's codes read, under the test output folder. Default
    /// <c>signoff/{mapping file name}.signed-off.txt</c>: keep it in your test project, copied to the output.
    /// </summary>
    protected virtual string SignedOffMappingList => Path.Combine("signoff", Path.GetFileNameWithoutExtension(ShippedMappingFile) + ".signed-off.txt");

    [Fact]
    public async Task Every_code_in_the_shipped_mapping_file_reads_as_the_type_the_file_gives_from_either_side()
    {
        var readings = await ReadEveryShippedCodeAsync();

        Assert.NotEmpty(readings);
        var wrong = readings
            .Where(r => r.Direct.Normalised != r.Entry.Type || r.Reverse.Normalised != r.Entry.ReciprocalType
                || r.Direct.Code != r.Entry.Code || r.Reverse.Code != r.Entry.Code)
            .Select(r => $"{r.Entry.Code}: file says {r.Entry.Type} / {r.Entry.ReciprocalType}, adapter read {r.Direct.Normalised} / {r.Reverse.Normalised}")
            .ToList();
        Assert.True(wrong.Count == 0, "Codes read otherwise than the shipped mapping file says:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public async Task The_shipped_mapping_as_the_adapter_reads_it_is_the_list_a_person_signed_off()
    {
        var readings = await ReadEveryShippedCodeAsync();
        var received = readings
            .Select(r => $"{r.Entry.Code} | {r.Entry.Description} | {r.Direct.Normalised} | {r.Reverse.Normalised}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var signedOffPath = Path.Combine(AppContext.BaseDirectory, SignedOffMappingList);
        var signedOff = File.Exists(signedOffPath)
            ? File.ReadAllLines(signedOffPath).Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#')).ToList()
            : [];
        if (received.SequenceEqual(signedOff, StringComparer.Ordinal))
        {
            return;
        }

        var receivedPath = Path.ChangeExtension(signedOffPath, ".received.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, SignOffHeader(ShippedMappingFile) + string.Join('\n', received) + "\n");
        var message = new StringBuilder($"The shipped mapping does not read as the signed-off list ({SignedOffMappingList}).\n");
        message.AppendLine("The list as read now is in " + receivedPath + ": have a person who knows the CMS check it and, if right, sign it off by copying it over the list in your test project.");
        foreach (var line in received.Except(signedOff, StringComparer.Ordinal))
        {
            message.AppendLine("  now:        " + line);
        }

        foreach (var line in signedOff.Except(received, StringComparer.Ordinal))
        {
            message.AppendLine("  signed off: " + line);
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>The header of a sign-off list: what each column says, and where the person signs.</summary>
    private static string SignOffHeader(string mappingFile) =>
        $"# How the adapter reads each code in {mappingFile}, for a person who knows the CMS to sign off.\n" +
        "# code | CMS wording | what the other person is to the person the row is held against | held only from the other side: what the held person is\n" +
        "# Signed off by: (name, role, date)\n";

    private async Task<IReadOnlyList<(ShippedMapping.Entry Entry, CmsRelationshipType Direct, CmsRelationshipType Reverse)>> ReadEveryShippedCodeAsync()
    {
        var mapping = ShippedMapping.Load(ShippedMappingFile);
        var served = Simulator.ServeCodes(mapping.Entries
            .Where(e => !mapping.DuplicateCodes.Contains(e.Code, StringComparer.OrdinalIgnoreCase))
            .Select(e => (e.Code, e.Description)));
        var relationships = await CreateAdapter().GetRelationshipsAsync(CodeSampler, new RelationshipQuery(true, AsOf), CancellationToken.None);
        return [.. served.Select(code => (
            mapping.Entries.First(e => e.Code == code.Code),
            Assert.Single(OnlyEntryFor(relationships, code.RelativeId).Types),
            Assert.Single(OnlyEntryFor(relationships, code.ReverseRelativeId).Types)))];
    }
}
