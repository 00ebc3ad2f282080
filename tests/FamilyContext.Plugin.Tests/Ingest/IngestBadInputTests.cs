using FamilyContext.Plugin.Commands;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>Files with the faults real extracts have: each gets a clear message naming the row or column, a report, and loses nothing.</summary>
public sealed class IngestBadInputTests : IDisposable
{
    private const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";
    private const string RowText = "T-{0},Jess,Testwell,02/04/1990,F,1 Test Street,SK4 2AB,,,Live,01/06/2019,,Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam@example.org,N,Y,N,N";

    private readonly IngestHost _host = new();

    private static string Row(int id) => RowText.Replace("{0}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public void Dispose() => _host.Dispose();

    private static string Rows(int from, int count) => string.Join("\n", Enumerable.Range(from, count).Select(Row));

    private async Task<(int Code, string Error)> LoadThenAsync(string name, string text)
    {
        var good = _host.Write("good.csv", Header + "\n" + Rows(1, 10) + "\n");
        Assert.Equal(0, (await _host.RunAsync("housing", good, IngestHost.Sample("flat/housing.yaml"))).ExitCode);
        var (code, output, error) = await _host.RunAsync("housing", _host.Write(name, text), IngestHost.Sample("flat/housing.yaml"));
        Assert.Equal(10, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
        Assert.NotNull(await _host.Store.GetRecordAsync("housing", "T-1", CancellationToken.None));
        Assert.Equal(2, _host.Reports("html").Count);
        return (code, output + error);
    }

    [Fact]
    public async Task An_empty_file_is_rejected_and_nothing_is_lost()
    {
        var (code, message) = await LoadThenAsync("empty.csv", "");

        Assert.Equal(1, code);
        Assert.Contains("The file is empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_without_rows_is_rejected()
    {
        var (code, message) = await LoadThenAsync("header-only.csv", Header + "\n");

        Assert.Equal(1, code);
        Assert.Contains("no data rows", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_never_closed_rejects_the_whole_file_naming_its_row()
    {
        var text = Header + "\n" + Rows(1, 3) + "\n" + Row(4).Replace("1 Test Street", "\"1 Test Street", StringComparison.Ordinal) + "\n" + Rows(5, 20) + "\n";

        var (code, message) = await LoadThenAsync("unclosed.csv", text);

        Assert.Equal(1, code);
        Assert.Contains("Row 5", message, StringComparison.Ordinal);
        Assert.Contains("quote that is never closed", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_in_another_delimiter_is_rejected_with_a_hint()
    {
        var (code, message) = await LoadThenAsync("semicolons.csv", (Header + "\n" + Rows(1, 10)).Replace(',', ';') + "\n");

        Assert.Equal(1, code);
        Assert.Contains("The column \"Forename\" (for person.firstName) is missing", message, StringComparison.Ordinal);
        Assert.Contains("may use another delimiter", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_services_file_is_rejected_as_such()
    {
        var (code, message) = await LoadThenAsync("police.csv", File.ReadAllText(IngestHost.Sample("flat/police.csv")));

        Assert.Equal(1, code);
        Assert.Contains("check this is the housing extract", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_named_twice_is_rejected_naming_both_positions()
    {
        var (code, message) = await LoadThenAsync("twice.csv", Header + ",Postcode\n" + Rows(1, 10).Replace("\n", ",SK1 1AA\n", StringComparison.Ordinal) + ",SK1 1AA\n");

        Assert.Equal(1, code);
        Assert.Contains("\"Postcode\" (for person.postcode) appears 2 times in the header row (columns 7 and 22)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_column_names_itself_and_a_formula_in_a_header_is_defused()
    {
        var (code, message) = await LoadThenAsync("formula.csv", Header.Replace("Forename", "=HYPERLINK(1)", StringComparison.Ordinal) + "\n" + Rows(1, 10) + "\n");

        Assert.Equal(1, code);
        Assert.Contains("The column \"Forename\" (for person.firstName) is missing", message, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(_host.Reports("html")[^1]);
        Assert.DoesNotContain(">=HYPERLINK", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_are_rejected_with_the_setting_to_change()
    {
        var path = _host.Write("ansi.csv", "");
        var good = _host.Write("good.csv", Header + "\n" + Rows(1, 10) + "\n");
        await _host.RunAsync("housing", good, IngestHost.Sample("flat/housing.yaml"));
        await File.WriteAllTextAsync(path, Header + "\n" + Rows(1, 3).Replace("Jess", "Zoë", StringComparison.Ordinal) + "\n", System.Text.Encoding.GetEncoding(1252));

        var (code, output, error) = await _host.RunAsync("housing", path, IngestHost.Sample("flat/housing.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("encoding: windows-1252", output + error, StringComparison.Ordinal);
        Assert.Equal(10, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
    }

    [Fact]
    public async Task A_ten_megabyte_cell_leaves_its_row_out_naming_row_and_column()
    {
        var huge = Row(99).Replace("1 Test Street", "\"" + new string('x', 10 * 1024 * 1024) + "\"", StringComparison.Ordinal);
        var good = _host.Write("good.csv", Header + "\n" + Rows(1, 10) + "\n");
        await _host.RunAsync("housing", good, IngestHost.Sample("flat/housing.yaml"));

        var (code, output, error) = await _host.RunAsync("housing", _host.Write("huge.csv", Header + "\n" + huge + "\n" + Rows(1, 10) + "\n"), IngestHost.Sample("flat/housing.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("Row 2, column 6: is longer than 10,000 characters", output + error, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetRecordAsync("housing", "T-99", CancellationToken.None));
    }

    [Theory]
    [InlineData("nowhere", "There is no service \"nowhere\"")]
    [InlineData("police", "is for the service \"housing\", not \"police\"")]
    public async Task A_wrong_service_is_a_configuration_error_with_exit_code_2(string service, string message)
    {
        var (code, output, error) = await _host.RunAsync(service, IngestHost.Sample("flat/housing.csv"), IngestHost.Sample("flat/housing.yaml"));

        Assert.Equal(2, code);
        Assert.Contains(message, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_configuration_error_with_exit_code_2()
    {
        var (code, _, error) = await _host.RunAsync("housing", Path.Combine(_host.Folder, "not-there.csv"), IngestHost.Sample("flat/housing.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mapping_naming_an_unknown_field_is_refused_before_reading()
    {
        var mapping = _host.Write("typo.yaml", "service: housing\nperson: { firstName: Forename, dateOfBirth: DOB, shoeSize: Shoe }\ninvolvement: Status\n");

        var (code, _, error) = await _host.RunAsync("housing", IngestHost.Sample("flat/housing.csv"), mapping);

        Assert.Equal(2, code);
        Assert.Contains("person.shoeSize is not a field of the common data model", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_help_lists_its_options_and_root_help_is_a_command_not_the_web_server()
    {
        using var output = new StringWriter();

        Assert.True(FamilyContextCommands.Handles(["--help"]));
        var code = await FamilyContextCommands.RunAsync(["ingest", "--help"], output);

        Assert.Equal(0, code);
        foreach (var option in new[] { "--mapping", "--current-as-of", "--dry-run", "--report-dir", "Exit codes", "staff-directory" })
        {
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
        }
    }
}
