using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary>Cohort rules from configuration, applied at ingest and counted in the report (DESIGN.md 3.2).</summary>
public sealed class IngestCohortTests : IDisposable
{
    private const string Header = "Tenancy Ref,Forename,Surname,Date of Birth,Sex,Address,Postcode,UPRN,NHS Number,Tenancy Status,Tenancy Start,Tenancy End,Landlord,Housing Officer,Officer Role,Officer Phone,Officer Email,ASB,Arrears Over 6 Weeks,NOSP,Eviction";
    private const string Rule = "FamilyContext:Ingest:Services:housing:Cohort:0";

    // Current tenants, tenancies ended within 12 months of the extract, and anyone with a notice seeking possession.
    private readonly IngestHost _host = new(new Dictionary<string, string?>
    {
        [$"{Rule}:Name"] = "A current tenancy, one ended in the last 12 months, or a notice",
        [$"{Rule}:AnyOf:0:Field"] = "involvement",
        [$"{Rule}:AnyOf:0:Operator"] = "is",
        [$"{Rule}:AnyOf:0:Value"] = "Current",
        [$"{Rule}:AnyOf:1:Field"] = "endDate",
        [$"{Rule}:AnyOf:1:Operator"] = "withinLast",
        [$"{Rule}:AnyOf:1:Value"] = "12 months",
        [$"{Rule}:AnyOf:2:Field"] = "fields.noticeSeekingPossession",
        [$"{Rule}:AnyOf:2:Operator"] = "in",
        [$"{Rule}:AnyOf:2:Value"] = "Case open|Case closed",
    });

    public void Dispose() => _host.Dispose();

    private static string Row(int id, string status, string end = "", string notice = "N") =>
        $"T-{id},Jess,Testwell,02/04/1990,F,1 Test Street,SK4 2AB,,,{status},01/06/2019,{end},Stockport Homes (sample),Sam Officer,Housing officer,0161 496 0201,sam@example.org,N,N,{notice},N";

    [Fact]
    public async Task Rows_outside_the_cohort_are_left_out_counted_under_their_rule_and_not_called_invalid()
    {
        // The extract is current as of 18 November 2026: 12 months back is 18 November 2025.
        var extract = _host.Write("cohort.csv", string.Join("\n",
            Header, Row(1, "Live"), Row(2, "Ended", end: "30/11/2025"), Row(3, "Ended", end: "01/10/2025"), Row(4, "Ended", end: "01/10/2024", notice: "Y"),
            Row(5, "Ended", end: "01/03/2023")) + "\n");

        var (code, output, error) = await _host.RunAsync("housing", extract, IngestHost.Sample("flat/housing.yaml"));

        Assert.True(code == 0, output + error);
        Assert.Contains("5 rows read, 3 loaded, 0 left out as invalid, 2 outside the cohort.", output, StringComparison.Ordinal);
        foreach (var (id, kept) in new[] { ("T-1", true), ("T-2", true), ("T-3", false), ("T-4", true), ("T-5", false) })
        {
            Assert.True(kept == (await _host.Store.GetRecordAsync("housing", id, CancellationToken.None) is not null), id);
        }

        var html = await File.ReadAllTextAsync(_host.Reports("html")[0]);
        Assert.Contains("<th scope=\"row\">A current tenancy, one ended in the last 12 months, or a notice</th><td class=\"numeric\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("\"rowsOutsideCohort\": 2", await File.ReadAllTextAsync(_host.Reports("json")[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_with_an_unknown_field_or_operator_is_a_configuration_error_naming_it()
    {
        using var host = new IngestHost(new Dictionary<string, string?>
        {
            [$"{Rule}:Name"] = "Recent",
            [$"{Rule}:AnyOf:0:Field"] = "favouriteColour",
            [$"{Rule}:AnyOf:0:Operator"] = "is",
            [$"{Rule}:AnyOf:1:Field"] = "endDate",
            [$"{Rule}:AnyOf:1:Operator"] = "around",
            [$"{Rule}:AnyOf:1:Value"] = "2020-01-01",
        });
        var extract = host.Write("cohort.csv", Header + "\n" + Row(1, "Live") + "\n");

        var (code, _, error) = await host.RunAsync("housing", extract, IngestHost.Sample("flat/housing.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("Recent: the field \"favouriteColour\" is not one of", error, StringComparison.Ordinal);
        Assert.Contains("Recent: the operator \"around\" is not one of", error, StringComparison.Ordinal);
    }
}
