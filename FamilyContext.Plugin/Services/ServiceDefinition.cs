using System.Globalization;

namespace FamilyContext.Plugin.Services;

/// <summary>
/// A service whose involvement the panel shows: a name, display rules, a source and a field list.
/// New services (probation, early help…) are added by configuration alone.
/// </summary>
public sealed class ServiceDefinition
{
    /// <summary>Stable id used in URLs, cache keys and the store, e.g. <c>police</c>. Set from the configuration key.</summary>
    public string Id { get; set; } = "";

    /// <summary>Name shown to the worker, e.g. "Police".</summary>
    public string Name { get; set; } = "";

    /// <summary>Position in the panel; lower comes first.</summary>
    public int Order { get; set; }

    /// <summary>Youngest age (in whole years, on the day of the lookup) checked. Null: no lower bound.</summary>
    public int? MinimumAge { get; set; }

    /// <summary>Oldest age checked. Null: no upper bound.</summary>
    public int? MaximumAge { get; set; }

    /// <summary>What a "No record" answer covers, e.g. "No conviction in 5 years or suspect record in 1 year".</summary>
    public string NoRecordMeans { get; set; } = "";

    /// <summary>Who to contact when this source is unavailable, e.g. "Call the police safeguarding desk on 0161 496 0001".</summary>
    public string ContactWhenUnavailable { get; set; } = "";

    /// <summary>Name of the source kind serving this service: <c>Local</c> (the store) or <c>Remote</c>.</summary>
    public string Source { get; set; } = "Local";

    /// <summary>The longest one lookup may take before the service shows Unavailable. Default 2 seconds.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the source is refreshed; cached answers live no longer. Default 24 hours.</summary>
    public TimeSpan RefreshCycle { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Data older than this (by its "current as of" date) is too stale to rely on and shows Unavailable. Default 7 days.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The service-specific fields shown in the expanded view.</summary>
    public List<FieldDefinition> Fields { get; set; } = [];

    /// <summary>
    /// The groups whose workers may record that a possible match is, or is not, the person (clerical review). Empty: any
    /// worker permitted to see the panel may.
    /// </summary>
    public List<string> ConfirmingGroups { get; set; } = [];

    /// <summary>Whether a clerical review of this service's possible matches raises an alert as well as being audited. Default false.</summary>
    public bool AlertOnMatchReview { get; set; }

    /// <summary>Whether a worker in these groups may record a clerical review of this service's possible matches.</summary>
    public bool MayReviewMatches(IEnumerable<string> groups) =>
        ConfirmingGroups.Count == 0 || groups.Any(g => ConfirmingGroups.Contains(g, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the age rule lets a person of this age be checked. Unknown age is checked.</summary>
    public bool AppliesToAge(int? age) =>
        age is null || ((MinimumAge is null || age >= MinimumAge) && (MaximumAge is null || age <= MaximumAge));

    /// <summary>The age rule in plain English, e.g. "Police records are shown for people aged 18 and over".</summary>
    public string AgeRuleText() => (MinimumAge, MaximumAge) switch
    {
        (int min, int max) => string.Create(CultureInfo.InvariantCulture, $"{Name} records are shown for people aged {min} to {max}"),
        (int min, null) => string.Create(CultureInfo.InvariantCulture, $"{Name} records are shown for people aged {min} and over"),
        (null, int max) => string.Create(CultureInfo.InvariantCulture, $"{Name} records are shown for people aged {max} and under"),
        _ => $"{Name} records are shown for people of any age",
    };
}
