using FamilyContext.Plugin.Admin;
using FamilyContext.Plugin.Audit;

namespace FamilyContext.Plugin.Tests.Admin;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string detail)
    {
        var record = AuditRecord.Create(1, DateTimeOffset.UnixEpoch, new AuditEntry("search", "allowed", "w1", Detail: detail), AuditChain.Genesis);

        var csv = AuditCsv.Write([record]);

        Assert.Contains($",\"'{detail.Replace("\"", "\"\"", StringComparison.Ordinal)}\",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_stay_inside_their_cell()
    {
        var record = AuditRecord.Create(1, DateTimeOffset.UnixEpoch, new AuditEntry("search", "allowed", "w1", Detail: "a \"b\", c\r\nd"), AuditChain.Genesis);

        var lines = AuditCsv.Write([record]);

        Assert.Contains("\"a \"\"b\"\", c\r\nd\"", lines, StringComparison.Ordinal);
    }
}
