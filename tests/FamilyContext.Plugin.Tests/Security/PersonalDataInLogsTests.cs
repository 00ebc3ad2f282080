using System.Globalization;
using System.Text.RegularExpressions;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace FamilyContext.Plugin.Tests.Security;

/// <summary>
/// A full working session over the demo council — launches, panels, every detail, refusals and attacks — with
/// every log message captured at every level: none may hold a name, date of birth, address or postcode.
/// </summary>
public sealed class PersonalDataInLogsTests : IDisposable
{
    private readonly PluginFactory _factory = new() { UseDemoCms = true };

    public PersonalDataInLogsTests()
    {
        _factory.Settings["Logging:LogLevel:Default"] = "Trace";
        _factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        _factory.Settings["FamilyContext:Demo:UnavailableServices:0"] = "housing";
    }

    [Fact]
    public async Task No_log_message_holds_personal_data_from_the_demo_council()
    {
        var cms = _factory.Services.GetRequiredService<DemoCmsDatabase>();
        var services = new[] { "school", "housing", "police", "asc" };
        var children = (await cms.ChildrenAsync(CancellationToken.None)).Take(12).ToList();
        var seen = new List<CmsPerson>(children);
        using var browser = _factory.Browser();
        string? previousSession = null;
        foreach (var child in children)
        {
            var links = await cms.LinksAsync(child.Id, CancellationToken.None);
            seen.AddRange(links.Select(l => l.Other));
            var session = await _factory.LaunchAsync(browser, child.Id, child.Restricted ? DemoCmsAdapter.SocialWorker : DemoCmsAdapter.Manager);
            await browser.GetAsync(new Uri($"/panel/{session}", UriKind.Relative));
            await browser.GetAsync(new Uri($"/api/v1/panel/{session}", UriKind.Relative));
            foreach (var person in links.Select(l => l.Other).Prepend(child))
            {
                foreach (var service in services)
                {
                    await browser.GetAsync(new Uri($"/panel/{session}/people/{person.Id}/services/{service}", UriKind.Relative));
                }

                if (previousSession is not null)
                {
                    await browser.GetAsync(new Uri($"/panel/{previousSession}/people/{person.Id}/services/police", UriKind.Relative)); // another family's person
                }
            }

            previousSession = session;
            await browser.GetAsync(new Uri($"/launch/demo?token=not.a.token{child.Id}", UriKind.Relative));
        }

        // Decoded too, so a name hidden in an encoded URL is found.
        var logs = _factory.Logs.GetSnapshot().Select(LogLines.Line).Select(l => l + "\n" + Uri.UnescapeDataString(l).Replace('+', ' ')).ToList();
        Assert.Contains(logs, l => l.Contains("[1001] Panel launched", StringComparison.Ordinal)); // the capture works
        var leaks = (from person in seen.DistinctBy(p => p.Id)
                     from value in PersonalData(person)
                     let pattern = new Regex($@"(?<![\p{{L}}\d]){Regex.Escape(value)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase)
                     from line in logs
                     where pattern.IsMatch(line)
                     select $"{value} in: {line}").Take(5).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    /// <summary>Everything a log sink could keep from a record: the message, its structured values, its scopes and any exception text.</summary>
    private static IEnumerable<string> PersonalData(CmsPerson p)
    {
        yield return $"{p.FirstName} {p.FamilyName}";
        if (p.FamilyName is { Length: >= 4 })
        {
            yield return p.FamilyName;
        }

        if (p.DateOfBirth is { } dob)
        {
            yield return dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            yield return dob.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        if (p.Address is { } address)
        {
            if (address.Line1 is { } line1)
            {
                yield return line1;
            }

            if (address.Postcode is { } postcode)
            {
                yield return postcode;
            }
        }
    }

    public void Dispose() => _factory.Dispose();
}
