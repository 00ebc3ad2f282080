using System.Globalization;
using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Cms;

/// <summary>
/// <c>check-cms [person-id]</c>: calls the configured CMS with the configured settings and says what it found —
/// health, and for a sample person: found or not, restricted or not, how many relationships of which codes, and
/// how long each call took. It never prints names, dates of birth, addresses or identifiers' values.
/// </summary>
internal static class CheckCmsCommand
{
    /// <summary>Exit codes: 0 all good, 1 the CMS answered badly, 2 the settings are wrong.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string? samplePersonId, TextWriter output, CancellationToken cancellationToken)
    {
        ICmsAdapter cms;
        try
        {
            cms = services.GetRequiredService<ICmsAdapter>();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            await output.WriteLineAsync("The CMS settings are not valid:");
            foreach (var failure in ex is OptionsValidationException invalid ? invalid.Failures : [ex.Message])
            {
                await output.WriteLineAsync($"  - {failure}");
            }

            return 2;
        }

        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        await output.WriteLineAsync($"CMS: {cms.SystemName}");
        var health = await cms.CheckHealthAsync(cancellationToken);
        await output.WriteLineAsync($"Health: {(health.Healthy ? "healthy" : "NOT healthy")} - {health.Description} ({Ms(health.Elapsed)})");
        if (string.IsNullOrWhiteSpace(samplePersonId))
        {
            await output.WriteLineAsync("No sample person id given: pass one to check a person and their relationships.");
            return health.Healthy ? 0 : 1;
        }

        try
        {
            var started = time.GetTimestamp();
            var person = await cms.GetPersonAsync(samplePersonId, cancellationToken);
            await output.WriteLineAsync(
                $"Sample person: found ({Ms(time.GetElapsedTime(started))}); restricted: {YesNo(person.Restricted)}; " +
                $"holds date of birth: {YesNo(person.DateOfBirth is not null)}, NHS number: {YesNo(person.NhsNumber is not null)}, " +
                $"UPN: {YesNo(person.Upn is not null)}, postcode: {YesNo(person.Address?.Postcode is not null)}");

            started = time.GetTimestamp();
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var relationships = await cms.GetRelationshipsAsync(samplePersonId, new RelationshipQuery(true, today), cancellationToken);
            var current = relationships.Count(r => r.EndDate is null);
            await output.WriteLineAsync(
                $"Relationships: {relationships.Count} related people ({current} current, {relationships.Count - current} ended), " +
                $"{relationships.Count(r => r.RelatedPerson.Restricted)} restricted ({Ms(time.GetElapsedTime(started))})");
            foreach (var type in relationships.SelectMany(r => r.Types)
                .GroupBy(t => (t.Code, t.Normalised))
                .OrderBy(g => g.Key.Code, StringComparer.Ordinal))
            {
                var note = type.Key.Normalised == RelationshipType.Other ? " (Other: check the mapping file if this code means more)" : "";
                await output.WriteLineAsync($"  code {type.Key.Code} x{type.Count()} -> {type.Key.Normalised}{note}");
            }

            return health.Healthy ? 0 : 1;
        }
        catch (CmsException ex)
        {
            // The exception messages are written without personal data (contract).
            await output.WriteLineAsync($"Sample person check failed: {ex.GetType().Name.Replace("Cms", "", StringComparison.Ordinal).Replace("Exception", "", StringComparison.Ordinal)} - {ex.Message}");
            return 1;
        }
    }

    private static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
