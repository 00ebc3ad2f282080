using System.Text;
using FamilyContext.Plugin.Audit;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>The ingest command end to end on SQLite: the shipped samples, dry runs, rejections that keep the previous data, and the report.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";

    private readonly IngestHost _host = new();

    private static string HousingMapping => IngestHost.Sample("flat/housing.yaml");

    public void Dispose() => _host.Dispose();

    private static string Row(int id, string first = "Jess", string dob = "02/04/1990", string status = "Live", string postcode = "SK4 2AB") =>
        $"T-{id},{first},Testwell,{dob},F,1 Test Street,{postcode},,,{status},01/06/2019,,Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam@example.org,N,Y,N,N";

    private string Extract(string name, int rows, Func<int, string>? row = null) =>
        _host.Write(name, Header + "\n" + string.Join("\n", Enumerable.Range(1, rows).Select(row ?? (i => Row(i)))) + "\n");

    [Fact]
    public async Task The_shipped_housing_sample_loads_with_every_field_mapped()
    {
        var (code, output, error) = await _host.RunAsync("housing", IngestHost.Sample("flat/housing.csv"), HousingMapping);

        Assert.True(code == 0, output + error);
        var record = await _host.Store.GetRecordAsync("housing", "T-1001", CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(("Jess", new DateOnly(1990, 4, 2), "9434765919"), (record.Person.FirstName, record.Person.DateOfBirth, record.Person.NhsNumber));
        Assert.Equal("1 Test Street\nHeaton Moor", record.Person.AddressLine);
        Assert.Equal(Involvement.Current, record.Involvement);
        Assert.Equal("Case open", record.Details["rentArrears"]!.GetValue<string>());
        Assert.Equal("2019-06-01", record.Details["tenancyStart"]!.GetValue<string>());
        Assert.Equal("sam.officer@example.org", record.Practitioner!.Email);
        var ended = await _host.Store.GetRecordAsync("housing", "T-1002", CancellationToken.None);
        Assert.Equal((Involvement.Historic, new DateOnly(2025, 9, 30)), (ended!.Involvement, ended.EndDate));
        var metadata = await _host.Store.GetMetadataAsync("housing", CancellationToken.None);
        Assert.Equal((3, IngestHost.Now.AddHours(-3), "Stockport"), (metadata!.RecordCount, metadata.CurrentAsOf, metadata.CoverageArea));
        Assert.Single(_host.Reports("html"));
        Assert.Single(_host.Reports("json"));
    }

    [Fact]
    public async Task The_shipped_police_sample_loads_its_offences_as_a_table()
    {
        var (code, output, error) = await _host.RunAsync("police", IngestHost.Sample("flat/police.csv"), IngestHost.Sample("flat/police.yaml"));

        Assert.True(code == 0, output + error);
        var record = await _host.Store.GetRecordAsync("police", "N-1", CancellationToken.None);
        var offences = record!.Details["safeGuardingOffences"]!.AsArray();
        Assert.Equal(2, offences.Count);
        Assert.Equal(("2024-05-01", "Violence with injury", "Convicted"),
            (offences[0]!["dateOfOffence"]!.GetValue<string>(), offences[0]!["typeOfOffence"]!.GetValue<string>(), offences[0]!["natureOfInvolvement"]!.GetValue<string>()));
        Assert.Equal("Yes", record.Details["nonSafeGuardingOffences"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_shipped_school_sample_loads_its_pupils_with_their_UPNs_and_local_codes_mapped()
    {
        var (code, output, error) = await _host.RunAsync("school", IngestHost.Sample("flat/school.csv"), IngestHost.Sample("flat/school.yaml"));

        Assert.True(code == 0, output + error);
        var pupil = await _host.Store.GetRecordAsync("school", "P-2001", CancellationToken.None);
        Assert.Equal(("A123456789012", Involvement.Current, "Single registration"), (pupil!.Person.Upn, pupil.Involvement, pupil.Details["admissionType"]!.GetValue<string>()));
        var left = await _host.Store.GetRecordAsync("school", "P-2003", CancellationToken.None);
        Assert.Equal((Involvement.Historic, new DateOnly(2025, 7, 20)), (left!.Involvement, left.EndDate));
        Assert.Equal(4, (await _host.Store.GetMetadataAsync("school", CancellationToken.None))!.RecordCount);
    }

    [Fact]
    public async Task The_shipped_adult_social_care_sample_loads_with_its_plans_and_workers()
    {
        var (code, output, error) = await _host.RunAsync("asc", IngestHost.Sample("flat/asc.csv"), IngestHost.Sample("flat/asc.yaml"));

        Assert.True(code == 0, output + error);
        var person = await _host.Store.GetRecordAsync("asc", "ASC-3001", CancellationToken.None);
        Assert.Equal(("9434765919", Involvement.Current, "2025-10-15"), (person!.Person.NhsNumber, person.Involvement, person.Details["dateOfMostRecentInteraction"]!.GetValue<string>()));
        Assert.Equal("c.worker@example.org", person.Practitioner!.Email);
        var ended = await _host.Store.GetRecordAsync("asc", "ASC-3002", CancellationToken.None);
        Assert.Equal((Involvement.Historic, (string?)null), (ended!.Involvement, ended.Practitioner!.Email));
    }

    [Fact]
    public async Task A_dry_run_writes_the_report_and_leaves_the_store_alone()
    {
        var (code, output, _) = await _host.RunAsync("housing", IngestHost.Sample("flat/housing.csv"), HousingMapping, dryRun: true);

        Assert.Equal(0, code);
        Assert.Contains("Checked: would load", output, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetMetadataAsync("housing", CancellationToken.None));
        Assert.Single(_host.Reports("html"));
    }

    [Fact]
    public async Task An_extract_with_too_many_invalid_rows_is_rejected_and_the_previous_one_stays_in_service()
    {
        Assert.Equal(0, (await _host.RunAsync("housing", Extract("good.csv", 20), HousingMapping)).ExitCode);
        var bad = Extract("bad.csv", 20, i => i % 4 == 0 ? Row(100 + i, dob: "31/02/1990") : Row(100 + i));

        var (code, _, error) = await _host.RunAsync("housing", bad, HousingMapping);

        Assert.Equal(1, code);
        Assert.Contains("5 of 20 rows (25.0%) could not be used", error, StringComparison.Ordinal);
        Assert.NotNull(await _host.Store.GetRecordAsync("housing", "T-1", CancellationToken.None));
        Assert.Null(await _host.Store.GetRecordAsync("housing", "T-101", CancellationToken.None));
        Assert.Equal(20, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
        var audit = (await _host.AuditAsync()).Where(a => a.Action == AuditActions.Ingest).ToList();
        Assert.Equal([AuditOutcomes.Rejected, AuditOutcomes.Loaded], audit.Select(a => a.Outcome));
        Assert.True(audit[0].Alert);
        Assert.Equal(("analyst-1", "housing"), (audit[0].Actor, audit[0].ServiceId));
        Assert.Contains("rows=20;loaded=15;left-out=5", audit[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_few_invalid_rows_are_left_out_and_counted_while_the_rest_load()
    {
        var extract = Extract("some-bad.csv", 40, i => i == 7 ? Row(i, status: "Maybe") : Row(i));

        var (code, output, _) = await _host.RunAsync("housing", extract, HousingMapping);

        Assert.Equal(0, code);
        Assert.Contains("40 rows read, 39 loaded, 1 left out", output, StringComparison.Ordinal);
        Assert.Contains("Row 8, involvement: is not a known involvement", output, StringComparison.Ordinal);
        Assert.Null(await _host.Store.GetRecordAsync("housing", "T-7", CancellationToken.None));
    }

    [Fact]
    public async Task An_extract_far_smaller_than_the_one_in_service_is_rejected()
    {
        await _host.RunAsync("housing", Extract("full.csv", 40), HousingMapping);

        var (code, _, error) = await _host.RunAsync("housing", Extract("half.csv", 20), HousingMapping);

        Assert.Equal(1, code);
        Assert.Contains("20 rows to load, 50.0% fewer than the 40 in service", error, StringComparison.Ordinal);
        Assert.Equal(40, (await _host.Store.GetMetadataAsync("housing", CancellationToken.None))!.RecordCount);
    }

    [Fact]
    public async Task The_report_names_the_row_field_and_reason_but_never_the_value()
    {
        var extract = Extract("values.csv", 40, i => i == 3 ? Row(i, first: "Zebedeeq", dob: "1990-99-99") : i == 5 ? Row(i, postcode: "NOTAPOSTCODEQ") : Row(i));

        await _host.RunAsync("housing", extract, HousingMapping);

        var html = await File.ReadAllTextAsync(_host.Reports("html")[0]);
        var json = await File.ReadAllTextAsync(_host.Reports("json")[0]);
        foreach (var text in new[] { html, json })
        {
            Assert.DoesNotContain("Zebedeeq", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1990-99-99", text, StringComparison.Ordinal);
            Assert.DoesNotContain("NOTAPOSTCODEQ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Testwell", text, StringComparison.Ordinal);
        }

        Assert.Contains("<td>person.dateOfBirth</td><td>is not a date in an accepted format", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"numeric\">4</td>", html, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"person.postcode\"", json, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_counts_completeness_validity_involvement_and_matchability()
    {
        var extract = Extract("mix.csv", 4, i => i switch
        {
            1 => Row(i, status: "Ended"),
            2 => Row(i, postcode: ""),
            3 => Row(i, postcode: "SK4"),
            _ => Row(i),
        });

        await _host.RunAsync("housing", extract, HousingMapping);

        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(_host.Reports("json")[0]))!;
        Assert.Equal(3, json["involvement"]!["current"]!.GetValue<int>());
        Assert.Equal(1, json["involvement"]!["historic"]!.GetValue<int>());
        var postcode = json["fields"]!.AsArray().Single(f => f!["field"]!.GetValue<string>() == "person.postcode")!;
        Assert.Equal((75.0, 66.7), (postcode["completenessPercent"]!.GetValue<double>(), postcode["validityPercent"]!.GetValue<double>()));
        Assert.Equal(75.0, json["matchability"]!["postcodePercent"]!.GetValue<double>());
        Assert.Equal(100.0, json["contact"]!["emailPercent"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_file_saved_as_Windows_1252_loads_when_its_mapping_says_so()
    {
        var mapping = _host.Write("housing-1252.yaml", File.ReadAllText(HousingMapping).Replace("encoding: utf-8", "encoding: windows-1252", StringComparison.Ordinal));
        var extract = _host.Write("ansi.csv", Header + "\n" + Row(1, first: "Zoë") + "\n", Encoding.GetEncoding(1252));

        var (code, output, error) = await _host.RunAsync("housing", extract, mapping);

        Assert.True(code == 0, output + error);
        Assert.Equal("Zoë", (await _host.Store.GetRecordAsync("housing", "T-1", CancellationToken.None))!.Person.FirstName);
    }

    [Fact]
    public async Task A_byte_order_mark_CRLF_line_ends_and_blank_lines_are_read_as_a_plain_file()
    {
        var text = "\uFEFF" + Header + "\r\n" + Row(1) + "\r\n\r\n" + Row(2) + "\r\n\r\n";
        var extract = _host.Write("bom.csv", text, new UTF8Encoding(false));

        var (code, output, error) = await _host.RunAsync("housing", extract, HousingMapping);

        Assert.True(code == 0, output + error);
        Assert.Contains("2 rows read, 2 loaded, 0 left out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_are_matched_ignoring_case_spaces_and_punctuation()
    {
        var header = Header.Replace("Date of Birth", "DATE_OF_BIRTH", StringComparison.Ordinal).Replace("Tenancy Ref", "tenancy-ref", StringComparison.Ordinal);
        var extract = _host.Write("shouty.csv", header + "\n" + Row(1) + "\n");

        var (code, output, error) = await _host.RunAsync("housing", extract, HousingMapping);

        Assert.True(code == 0, output + error);
    }
}
