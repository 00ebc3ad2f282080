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

    [Fact]
    public void The_file_opens_with_a_byte_order_mark_and_a_header_row_in_words()
    {
        var csv = AuditCsv.Write([]);

        Assert.StartsWith("\uFEFF\"Record\",\"When (UK time)\",\"When (UTC)\",\"Action\",\"Outcome\",\"Worker or user\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_record_has_its_UK_time_beside_its_UTC_time()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time).
        var record = AuditRecord.Create(1, new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), new AuditEntry("search", "allowed", "w1"), AuditChain.Genesis);

        var row = AuditCsv.Write([record]).Split("\r\n")[1];

        Assert.StartsWith("\"1\",\"2026-07-02 00:30:00\",\"2026-07-01T23:30:00.0000000Z\",\"search\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_panel_shown_record_has_its_people_and_each_services_flags_in_columns_not_JSON()
    {
        var detail = """[{"person":"101","flags":{"school":"Current","police":"None"}},{"person":"102","restricted":true},{"person":"103","flags":{"school":"Unavailable","police":"Historic"}}]""";
        var record = AuditRecord.Create(1, DateTimeOffset.UnixEpoch, new AuditEntry(AuditActions.PanelShown, "allowed", "w1", Detail: detail), AuditChain.Genesis);

        var lines = AuditCsv.Write([record]).Split("\r\n");

        Assert.Contains("\"People shown\",\"Flag: police\",\"Flag: school\",\"Detail\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"101; 102 (restricted); 103\",\"101 None; 103 Historic\",\"101 Current; 103 Unavailable\",\"\",", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("{", lines[1], StringComparison.Ordinal);
    }
}
