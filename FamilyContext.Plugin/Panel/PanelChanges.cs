using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// What this worker was shown the last time they opened this child's panel (from the audit trail): each person's
/// flag states, by service. Compared with what is shown now to mark what changed.
/// </summary>
public sealed record PanelChanges(DateTimeOffset LastLookedAt, IReadOnlyDictionary<string, IReadOnlyDictionary<string, FlagState>> Previous)
{
    /// <summary>How this flag changed since the worker last looked, in words; null when it did not.</summary>
    public string? Describe(string personId, ServiceFlag flag)
    {
        if (!Previous.TryGetValue(personId, out var flags) || !flags.TryGetValue(flag.ServiceId, out var before))
        {
            // Someone (or a service) not shown last time: only worth marking if they are known to it now.
            return FamilySummary.IsKnown(flag.State) ? "New since you last looked" : null;
        }

        if (before == flag.State)
        {
            return null;
        }

        var was = FlagDisplay.Text(before);
        return flag.State switch
        {
            FlagState.Unavailable => $"Newly unavailable (was {was})",
            FlagState.Historic when before == FlagState.Current => "Ended since you last looked (was Current)",
            _ when FamilySummary.IsKnown(flag.State) && !FamilySummary.IsKnown(before) => $"New since you last looked (was {was})",
            _ => $"Changed since you last looked (was {was})",
        };
    }

    /// <summary>How many flags in this view changed since the worker last looked.</summary>
    public int Count(PanelView view) =>
        view.People.Where(p => !p.Restricted).Sum(p => p.Flags.Count(f => Describe(p.PersonId, f) is not null));
}
