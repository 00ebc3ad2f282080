using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// The answer a worker opens the panel for, in a few lines: who in the family is known to which service, and which
/// services could not be checked (and so say nothing about anyone). Restricted records are counted apart: nothing
/// about them is known here.
/// </summary>
public sealed record FamilySummary(
    int PeopleChecked,
    int RestrictedCount,
    IReadOnlyList<(string Name, string Services)> Known,
    IReadOnlyList<ServiceFlag> Unavailable)
{
    public static FamilySummary Of(PanelView view)
    {
        var visible = view.People.Where(p => !p.Restricted).ToList();
        var known = visible
            .Select(p => (Name: p.Name ?? "", Services: string.Join(", ", p.Flags.Where(f => IsKnown(f.State)).Select(Qualified))))
            .Where(k => k.Services.Length > 0)
            .ToList();
        // One entry per service, with its best "last good" time: every person's check of it failed the same way.
        var unavailable = visible
            .SelectMany(p => p.Flags)
            .Where(f => f.State == FlagState.Unavailable)
            .GroupBy(f => f.ServiceId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(f => f.LastGood ?? DateTimeOffset.MinValue).First())
            .ToList();
        return new FamilySummary(visible.Count, view.People.Count - visible.Count, known, unavailable)
        {
            NotShared = [.. visible.SelectMany(p => p.Flags).Where(f => f.State == FlagState.NotShared).DistinctBy(f => f.ServiceId, StringComparer.Ordinal)],
        };
    }

    /// <summary>One flag per service a sharing rule keeps from this worker: nothing is said about anyone for it.</summary>
    public IReadOnlyList<ServiceFlag> NotShared { get; init; } = [];

    /// <summary>The headline: "3 of 6 people are known to a service".</summary>
    public string Headline => Known.Count switch
    {
        0 when Unavailable.Count > 0 => $"No one is known to the services that could be checked ({Of(PeopleChecked)} checked)",
        0 => $"No one is known to any service ({Of(PeopleChecked)} checked)",
        1 when PeopleChecked == 1 => "1 person is known to a service",
        _ => $"{Known.Count} of {Of(PeopleChecked)} {(Known.Count == 1 ? "is" : "are")} known to a service",
    };

    public static bool IsKnown(FlagState state) => state is FlagState.Current or FlagState.Historic or FlagState.PossibleMatch;

    /// <summary>"Police", "Police (historic)" or "Police (possible match)".</summary>
    public static string Qualified(ServiceFlag flag) => flag.State switch
    {
        FlagState.Historic => $"{flag.ServiceName} (historic)",
        FlagState.PossibleMatch => $"{flag.ServiceName} (possible match)",
        _ => flag.ServiceName,
    };

    private static string Of(int people) => people == 1 ? "1 person" : $"{people} people";
}
