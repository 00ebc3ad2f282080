using System.Globalization;
using System.Net;
using System.Text;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The report as one self-contained page in the GOV.UK Design System's style (headings, summary list, tables with
/// captions), readable offline by a data owner. Every piece of text is HTML-encoded; none of it is a cell's value.
/// </summary>
internal static class IngestReportHtml
{
    public const string Style = """
        body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:0;line-height:1.3}
        .govuk-width-container{max-width:960px;margin:0 auto;padding:20px 15px}
        .govuk-header{background:#0b0c0c;color:#fff;padding:10px 15px;font-weight:bold;font-size:1.2rem}
        h1{font-size:2rem}h2{font-size:1.5rem;margin-top:2rem}
        .govuk-table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}
        .govuk-table caption{text-align:left;font-weight:bold;font-size:1.2rem;padding-bottom:.5rem}
        .govuk-table th,.govuk-table td{border-bottom:1px solid #b1b4b6;padding:8px 10px 8px 0;text-align:left;vertical-align:top}
        .govuk-table .numeric{text-align:right}
        .govuk-tag{display:inline-block;padding:4px 8px;font-weight:bold}
        .loaded{background:#cce2d8;color:#005a30}.rejected{background:#f4cdc6;color:#942514}
        .govuk-error-summary{border:5px solid #d4351c;padding:15px;margin-bottom:1.5rem}
        .govuk-inset-text{border-left:10px solid #b1b4b6;padding:10px 15px}
        """;

    public static string Write(IngestReport r)
    {
        var h = new StringBuilder();
        var good = r.Outcome is IngestReport.Loaded or IngestReport.WouldLoad;
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{r.ServiceName} extract: data quality report")).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"govuk-header\">Family Context</header>\n<main class=\"govuk-width-container\" id=\"main-content\">\n")
            .Append("<h1>").Append(E($"{r.ServiceName} extract: data quality report")).Append("</h1>\n")
            .Append("<p><strong class=\"govuk-tag ").Append(good ? "loaded" : "rejected").Append("\">").Append(E(r.Outcome)).Append("</strong></p>\n");
        if (r.Reasons.Count > 0)
        {
            h.Append("<div class=\"govuk-error-summary\" role=\"region\" aria-labelledby=\"why\">\n<h2 id=\"why\">Why the extract was rejected</h2>\n<ul>\n");
            foreach (var reason in r.Reasons)
            {
                h.Append("<li>").Append(E(reason)).Append("</li>\n");
            }

            h.Append("</ul>\n<p>").Append(r.DryRun ? "This was a check only: nothing was loaded." : "Nothing from this extract was loaded. The previous extract stays in service.").Append("</p>\n</div>\n");
        }

        h.Append("<p class=\"govuk-inset-text\">This report names rows, fields and reasons only. It never shows a value from the extract.</p>\n");
        Table(h, "The extract", ["", ""], [
            ["File", r.FileName], ["SHA-256 of the file", r.FileSha256], ["Data current as of", Day(r.CurrentAsOf)],
            ["Coverage", $"{(r.CoverageStart is { } s ? Day(s) : "no start date")} to {(r.CoverageEnd is { } e ? Day(e) : "now")}"],
            ["Rows read", N(r.RowsRead)], ["Rows loaded", N(r.RowsLoaded)], ["Rows left out as invalid", N(r.RowsRejected)],
            ["Rows outside the cohort", N(r.RowsOutsideCohort)],
            ["Possible duplicate people", N(r.PossibleDuplicatePeople)], ["Checked", $"{Day(r.StartedAt)} {r.StartedAt.UtcDateTime:HH:mm} UTC"],
            ["Generation", r.Generation?.ToString(CultureInfo.InvariantCulture) ?? "not loaded"]], rowHeaders: true, hideHead: true);
        Table(h, "Change against the extract in service", ["Measure", "Value"], [
            ["Rows in the previous extract", r.Change.PreviousRows is { } p ? N(p) : "none loaded"],
            ["Change in rows", r.Change.RowChangePercent is { } c ? $"{c:+0.0;-0.0;0}%" : "not applicable"],
            ["Involvements started (current now, not before)", r.Change.InvolvementsStarted is { } started ? N(started) : "not applicable"],
            ["Involvements ended (current before, not now)", r.Change.InvolvementsEnded is { } ended ? N(ended) : "not applicable"]], rowHeaders: true);
        if (r.Cohort.Count > 0)
        {
            Table(h, "Cohort rules: valid rows left out because the service does not share them", ["Rule", "Rows left out"],
                [.. r.Cohort.Select(c => new[] { c.Rule, N(c.RowsLeftOut) })], rowHeaders: true, numeric: 1);
        }

        Table(h, "Involvement", ["Involvement", "Rows"], [["Current", N(r.Involvement.Current)], ["Historic", N(r.Involvement.Historic)], ["None", N(r.Involvement.None)]], rowHeaders: true, numeric: 1);
        Table(h, "How matchable the rows are", ["Loaded rows with", "Share"], [
            ["An NHS number, UPN or person key", Pc(r.Matchability.StrongIdentifierPercent)], ["A postcode", Pc(r.Matchability.PostcodePercent)],
            ["Either", Pc(r.Matchability.EitherPercent)]], rowHeaders: true, numeric: 1);
        Table(h, "Practitioner contact details", ["Loaded rows with", "Share"], [
            ["A practitioner name", Pc(r.Contact.NamePercent)], ["A phone number", Pc(r.Contact.PhonePercent)], ["An email address", Pc(r.Contact.EmailPercent)],
            ["Emails filled from the staff directory", N(r.Contact.EmailsFromDirectory)], ["Phone numbers filled from the staff directory", N(r.Contact.PhonesFromDirectory)]],
            rowHeaders: true, numeric: 1);
        Table(h, "Completeness and validity by field", ["Field", "Complete", "Valid", "Earliest", "Latest"],
            [.. r.Fields.Select(f => new[] { f.Field, Pc(f.CompletenessPercent), Pc(f.ValidityPercent), f.Earliest is { } a ? Day(a) : "", f.Latest is { } b ? Day(b) : "" })],
            rowHeaders: true, numeric: 1, numericTo: 2);
        h.Append("<h2>Problems by row</h2>\n");
        if (r.Problems.Count == 0)
        {
            h.Append("<p>No problems found.</p>\n");
        }
        else
        {
            Table(h, "Rows with problems (row 1 is the header row)", ["Row", "Field", "Problem", "Row left out"],
                [.. r.Problems.Select(p => new[] { N(p.Row), p.Field, p.Reason, p.RowLeftOut ? "Yes" : "No, loaded" })], rowHeaders: false, numeric: 0);
            if (r.ProblemsNotListed > 0)
            {
                h.Append("<p>").Append(E($"{N(r.ProblemsNotListed)} more problems are counted above but not listed.")).Append("</p>\n");
            }
        }

        return h.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Table(StringBuilder h, string caption, string[] head, IEnumerable<string[]> rows, bool rowHeaders, int numeric = -1, int numericTo = -1, bool hideHead = false)
    {
        numericTo = numericTo < 0 ? numeric : numericTo;
        h.Append("<table class=\"govuk-table\">\n<caption>").Append(E(caption)).Append("</caption>\n");
        if (!hideHead)
        {
            h.Append("<thead><tr>");
            for (var i = 0; i < head.Length; i++)
            {
                h.Append("<th scope=\"col\"").Append(i >= numeric && i <= numericTo && numeric >= 0 ? " class=\"numeric\"" : "").Append('>').Append(E(head[i])).Append("</th>");
            }

            h.Append("</tr></thead>\n");
        }

        h.Append("<tbody>\n");
        foreach (var row in rows)
        {
            h.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = i == 0 && rowHeaders ? "th scope=\"row\"" : "td";
                var tag = cell.Split(' ')[0];
                h.Append('<').Append(cell).Append(i >= numeric && i <= numericTo && numeric >= 0 ? " class=\"numeric\"" : "").Append('>')
                    .Append(E(row[i])).Append("</").Append(tag).Append('>');
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pc(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset d) => Day(DateOnly.FromDateTime(d.UtcDateTime));
}
