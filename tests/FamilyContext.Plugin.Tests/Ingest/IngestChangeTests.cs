using System.Text.Json.Nodes;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>The report's change against the extract in service: rows, and involvements started and ended, in JSON and HTML.</summary>
public sealed class IngestChangeTests : IDisposable
{
    private const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";

    private readonly IngestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Row(int id, string status) =>
        $"T-{id},Jess{id},Testwell,02/04/1990,F,1 Test Street,SK4 2AB,,,{status},01/06/2019,{(status == "Ended" ? "01/06/2026" : "")},Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam@example.org,N,Y,N,N";

    private async Task<(JsonNode Json, string Html)> LoadAsync(string name, IEnumerable<string> rows, bool dryRun = false)
    {
        var (code, output, error) = await _host.RunAsync("housing", _host.Write(name, Header + "\n" + string.Join("\n", rows) + "\n"), IngestHost.Sample("flat/housing.yaml"), dryRun);
        Assert.True(code == 0, output + error);
        var json = _host.Reports("json").MaxBy(File.GetLastWriteTimeUtc)!;
        return (JsonNode.Parse(await File.ReadAllTextAsync(json))!, await File.ReadAllTextAsync(Path.ChangeExtension(json, ".html")));
    }

    [Fact]
    public async Task The_first_extract_has_no_change_to_report()
    {
        var (json, html) = await LoadAsync("first.csv", Enumerable.Range(1, 10).Select(i => Row(i, "Live")));

        Assert.Null(json["change"]!["involvementsStarted"]);
        Assert.Null(json["change"]!["involvementsEnded"]);
        Assert.Matches("Involvements started \\(current now, not before\\)</th>\\s*<td[^>]*>not applicable</td>", html);
    }

    [Fact]
    public async Task A_second_extract_reports_the_involvements_that_started_and_ended()
    {
        // T-1..T-8 current throughout, T-9 and T-10 current then; T-11 historic then.
        await LoadAsync("first.csv", [.. Enumerable.Range(1, 10).Select(i => Row(i, "Live")), Row(11, "Ended")]);
        // T-9 ends, T-10 leaves the extract; T-11 is current again, T-12 and T-13 are new and current, T-14 new and historic.
        var second = Enumerable.Range(1, 8).Select(i => Row(i, "Live")).Concat([Row(9, "Ended"), Row(11, "Live"), Row(12, "Live"), Row(13, "Live"), Row(14, "Ended")]);

        var (dry, _) = await LoadAsync("second.csv", second, dryRun: true);
        var (json, html) = await LoadAsync("second.csv", second);

        foreach (var report in new[] { dry, json })
        {
            Assert.Equal((3, 2, 11), (report["change"]!["involvementsStarted"]!.GetValue<int>(), report["change"]!["involvementsEnded"]!.GetValue<int>(),
                report["change"]!["previousRows"]!.GetValue<int>()));
        }

        Assert.Matches("Involvements started \\(current now, not before\\)</th>\\s*<td[^>]*>3</td>", html);
        Assert.Matches("Involvements ended \\(current before, not now\\)</th>\\s*<td[^>]*>2</td>", html);
    }
}
