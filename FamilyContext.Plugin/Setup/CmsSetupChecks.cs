using FamilyContext.Plugin.Abstractions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Setup;

/// <summary>
/// The CMS checks: the adapter's settings and health, and for a test person the administrator names, the relationships
/// read, each relationship code mapped or not, and restricted people recognised. Counts and codes only, never names.
/// </summary>
internal static class CmsSetupChecks
{
    private const string Area = "CMS";

    public static async Task<IReadOnlyList<SetupCheck>> RunAsync(IServiceProvider services, string? testPersonId, TimeProvider time, CancellationToken ct)
    {
        ICmsAdapter cms;
        try
        {
            cms = services.GetRequiredService<ICmsAdapter>();
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            var failures = e is OptionsValidationException invalid ? invalid.Failures : [e.Message];
            return [SetupCheck.Failed(Area, "CMS settings", "The CMS settings are not valid: " + string.Join(" ", failures),
                "Correct the settings named, then restart Family Context.")];
        }

        var checks = new List<SetupCheck>();
        CmsHealth health;
        try
        {
            health = await cms.CheckHealthAsync(ct);
        }
        catch (CmsException e)
        {
            health = new CmsHealth(false, e.Message, TimeSpan.Zero);
        }

        checks.Add(health.Healthy
            ? SetupCheck.Passed(Area, "CMS reachable", $"{cms.SystemName} answered: {health.Description}.")
            : SetupCheck.Failed(Area, "CMS reachable", $"{cms.SystemName} did not answer as expected: {health.Description}.",
                "Check the CMS address, client id and client secret in the FamilyContext:Cms settings, and that this server can reach the CMS."));

        if (string.IsNullOrWhiteSpace(testPersonId))
        {
            checks.Add(SetupCheck.Warning(Area, "Relationships", "No test person id was given, so relationships were not read.",
                "Enter the CMS id of a test person with relatives to check that relationships are read and mapped."));
            return checks;
        }

        try
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var relationships = await cms.GetRelationshipsAsync(testPersonId, new RelationshipQuery(true, today), ct);
            var restricted = relationships.Count(r => r.RelatedPerson.Restricted);
            checks.Add(SetupCheck.Passed(Area, "Relationships",
                $"{relationships.Count} related people read for the test person, {restricted} of them restricted."));
            checks.AddRange(Codes(relationships));
        }
        catch (CmsException e)
        {
            // Adapters write these messages without personal data (the contract says so).
            checks.Add(SetupCheck.Failed(Area, "Relationships", $"The test person's relationships could not be read: {e.Message}",
                e is CmsPersonNotFoundException
                    ? "Check the test person id, and the CMS address and path in the FamilyContext:Cms settings."
                    : "Check that the CMS account Family Context uses may read people and relationships."));
        }

        return checks;
    }

    private static IEnumerable<SetupCheck> Codes(IReadOnlyList<CmsRelationship> relationships)
    {
        foreach (var code in relationships.SelectMany(r => r.Types)
            .GroupBy(t => t.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var type = code.First();
            yield return type.Normalised == RelationshipType.Other
                ? SetupCheck.Warning(Area, $"Relationship code {code.Key}", $"Code {code.Key} (\"{type.Wording}\") shows as Other: it is missing from the mapping file, or mapped to Other.",
                    $"If it means more, add this line to the mapping file: - {{ code: {code.Key}, description: \"{type.Wording}\", type: Parent, reciprocalType: Other }} (choose the right types).")
                : SetupCheck.Passed(Area, $"Relationship code {code.Key}", $"Code {code.Key} is mapped to {type.Normalised}.");
        }
    }
}
