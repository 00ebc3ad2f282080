using System.Text.Json.Nodes;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>
/// The original Family Context layout: a person file, one file per service keyed by the person id, police offences
/// in their own file, and a data-sources file with each service's last-synchronised and coverage dates.
/// </summary>
public sealed class OriginalLayoutTests : IDisposable
{
    private readonly IngestHost _host = new(new() { ["FamilyContext:Ingest:MaximumInvalidShare"] = "0.9" });

    public void Dispose() => _host.Dispose();

    /// <summary>A copy of the shipped sample's files in the test's folder, to change one of them.</summary>
    private string Copy()
    {
        var folder = Path.Combine(_host.Folder, "original");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(IngestHost.Sample("original"), "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static void Append(string folder, string file, string line) => File.AppendAllText(Path.Combine(folder, file), line + "\n");

    private static string Mapping(string service) => IngestHost.Sample($"original/{service}.yaml");

    private async Task<(int Code, string Message, JsonNode Report, string ReportText)> RunAsync(string service, string folder)
    {
        var (code, output, error) = await _host.RunAsync(service, Path.Combine(folder, service + ".csv"), Mapping(service), asOfFromFiles: true);
        var json = _host.Reports("json").MaxBy(File.GetLastWriteTimeUtc) is { } last ? await File.ReadAllTextAsync(last) : "{}";
        var html = _host.Reports("html").MaxBy(File.GetLastWriteTimeUtc) is { } page ? await File.ReadAllTextAsync(page) : "";
        return (code, output + error, JsonNode.Parse(json)!, json + html);
    }

    /// <summary>The sample with one line added to one of its files, loaded (the faulty row left out): the report and its text.</summary>
    private async Task<(JsonNode Report, string ReportText)> LoadWithAsync(string service, string file, string line)
    {
        var folder = Copy();
        Append(folder, file, line);
        var (code, message, report, text) = await RunAsync(service, folder);
        Assert.True(code == 0, message);
        return (report, text);
    }

    /// <summary>The report's only problem: row, field and reason.</summary>
    private static (int Row, string Field, string Reason) OnlyProblem(JsonNode report)
    {
        var problem = report["problems"]!.AsArray().Single()!;
        return (problem["row"]!.GetValue<int>(), problem["field"]!.GetValue<string>(), problem["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("school", 2)]
    [InlineData("housing", 2)]
    [InlineData("police", 2)]
    [InlineData("asc", 2)]
    public async Task Each_shipped_sample_loads_with_the_dates_of_its_data_sources_file(string service, int records)
    {
        var (code, message, report, _) = await RunAsync(service, IngestHost.Sample("original"));

        Assert.True(code == 0, message);
        Assert.Equal(0, report["rowsRejected"]!.GetValue<int>());
        var metadata = await _host.Store.GetMetadataAsync(service, CancellationToken.None);
        var sources = File.ReadAllLines(IngestHost.Sample("original/data_sources.csv")).Single(l => l.StartsWith(service + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal((records, DateTimeOffset.Parse(sources[1], System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(sources[2], System.Globalization.CultureInfo.InvariantCulture)),
            (metadata!.RecordCount, metadata.CurrentAsOf, metadata.CoverageStart!.Value));
    }

    [Fact]
    public async Task A_record_carries_its_persons_details_from_the_person_file()
    {
        var (code, message, _, _) = await RunAsync("housing", IngestHost.Sample("original"));

        Assert.True(code == 0, message);
        var record = await _host.Store.GetRecordAsync("housing", "HSG-01", CancellationToken.None);
        Assert.Equal(("Jess", "Testwell", new DateOnly(1990, 4, 2), "9434765919", "FC0001"),
            (record!.Person.FirstName, record.Person.FamilyName, record.Person.DateOfBirth, record.Person.NhsNumber, record.Person.PersonKey));
        Assert.Equal((Involvement.Current, "Case open"), (record.Involvement, record.Details["rentArrears"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Police_offences_come_from_their_own_file_several_rows_per_person()
    {
        var (code, message, _, _) = await RunAsync("police", IngestHost.Sample("original"));

        Assert.True(code == 0, message);
        var first = (await _host.Store.GetRecordAsync("police", "POL-01", CancellationToken.None))!.Details["safeGuardingOffences"]!.AsArray();
        var second = (await _host.Store.GetRecordAsync("police", "POL-02", CancellationToken.None))!.Details["safeGuardingOffences"]!.AsArray();
        Assert.Equal(["Violence with injury", "Robbery"], first.Select(o => o!["typeOfOffence"]!.GetValue<string>()));
        Assert.Equal("2025-02-10", first[1]!["dateOfOffence"]!.GetValue<string>());
        Assert.Equal(["Possession of weapons"], second.Select(o => o!["typeOfOffence"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_service_row_naming_no_person_in_the_person_file_is_left_out_by_row_and_field_without_its_value()
    {
        var (report, text) = await LoadWithAsync("housing", "housing.csv", "HSG-03,FC-9Q7Z,Stockport Homes (sample),L,2020-01-01,,N,N,N,N,Sam Officer,Housing officer,0161 496 0201,");

        Assert.Equal((4, "personId", "names no person in the person file"), OnlyProblem(report));
        Assert.True(report["problems"]![0]!["rowLeftOut"]!.GetValue<bool>());
        Assert.DoesNotContain("FC-9Q7Z", text, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetRecordAsync("housing", "HSG-03", CancellationToken.None));
    }

    [Fact]
    public async Task A_person_id_the_person_file_holds_twice_is_reported_and_its_service_rows_left_out()
    {
        var (report, text) = await LoadWithAsync("housing", "person.csv", "FC-0004,Alexa,Sampled,1986-01-01,female,2 Other Road,SK3 9ZZ,,,");

        var problems = report["problems"]!.AsArray().Select(p => (p!["row"]!.GetValue<int>(), p["field"]!.GetValue<string>(), p["reason"]!.GetValue<string>())).ToList();
        Assert.Contains((8, "personFile.personId", "is the same as row 5's in the person file: the service rows naming it are left out"), problems);
        Assert.Contains((3, "personId", "names a person id the person file holds twice (rows 5 and 8)"), problems);
        Assert.DoesNotContain("Alexa", text, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetRecordAsync("housing", "HSG-02", CancellationToken.None));
        Assert.NotNull(await _host.Store.GetRecordAsync("housing", "HSG-01", CancellationToken.None));
    }

    [Fact]
    public async Task A_service_file_whose_rows_name_no_known_person_is_rejected_and_nothing_is_lost()
    {
        Assert.Equal(0, (await RunAsync("asc", IngestHost.Sample("original"))).Code);
        var folder = Copy();
        File.WriteAllText(Path.Combine(folder, "asc.csv"), File.ReadAllText(Path.Combine(folder, "asc.csv")).Replace("FC-000", "XX-000", StringComparison.Ordinal));

        var (code, message, _, _) = await RunAsync("asc", folder);

        Assert.Equal(1, code);
        Assert.Contains("None of the service file's 2 rows names a person in the person file", message, StringComparison.Ordinal);
        Assert.Equal(2, (await _host.Store.GetMetadataAsync("asc", CancellationToken.None))!.RecordCount);
    }

    [Fact]
    public async Task Involvement_dates_outside_the_data_sources_coverage_are_reported_by_row_and_field()
    {
        var (report, _) = await LoadWithAsync("asc", "asc.csv", "ASC-03,FC-0005,Stockport Council (sample),C,2019-01-01,2020-03-31,2020-03-01,Reablement,Jo Support,Reablement worker,,");

        Assert.Equal((4, "endDate", "is before the source's coverage starts"), OnlyProblem(report));
    }

    [Fact]
    public async Task A_missing_person_file_or_data_sources_row_is_a_configuration_error_naming_it()
    {
        var folder = Copy();
        File.WriteAllLines(Path.Combine(folder, "data_sources.csv"), File.ReadAllLines(Path.Combine(folder, "data_sources.csv")).Where(l => !l.StartsWith("school,", StringComparison.Ordinal)));
        var (code, message, _, _) = await RunAsync("school", folder);
        Assert.Equal(2, code);
        Assert.Contains("has no row for the source \"school\"", message, StringComparison.Ordinal);

        File.Delete(Path.Combine(folder, "person.csv"));
        (code, message, _, _) = await RunAsync("housing", folder);
        Assert.Equal(2, code);
        Assert.Contains("person.csv does not exist", message, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetMetadataAsync("housing", CancellationToken.None));
    }

    [Fact]
    public async Task Offences_naming_no_person_of_the_police_file_are_counted_not_loaded()
    {
        var (report, _) = await LoadWithAsync("police", "police_offences.csv", "FC-0001,2023-01-01,Burglary,Suspect");

        Assert.Equal((5, "safeGuardingOffencesFile.personId", "names no person of the service file: not loaded"), OnlyProblem(report));
    }
}
