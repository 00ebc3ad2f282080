using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// A plain-text summary of the family's check to paste into the case notes: who is known to which service, the
/// practitioners to contact, what could not be checked, and when. Plain lines only, so it pastes cleanly anywhere.
/// </summary>
internal static class CaseNote
{
    public static string Compose(PanelView view, IReadOnlyDictionary<(string Person, string Service), IReadOnlyList<Practitioner>> contacts)
    {
        var summary = FamilySummary.Of(view);
        var text = new List<string>();
        text.Add($"Family Context check for {view.People[0].Name}, {UkDates.DateTime(view.GeneratedAt)}.");
        text.Add($"{summary.Headline}.");
        foreach (var person in view.People.Where(p => !p.Restricted))
        {
            var known = person.Flags.Where(f => FamilySummary.IsKnown(f.State)).ToList();
            if (known.Count == 0)
            {
                continue;
            }

            text.Add("");
            text.Add($"{person.Name} ({person.Relationship})");
            foreach (var flag in known)
            {
                text.Add($"- {flag.ServiceName}: {FlagDisplay.Text(flag.State)}{(flag.State == FlagState.PossibleMatch ? " (check identity with the practitioner before relying on it)" : "")}");
                foreach (var practitioner in contacts.GetValueOrDefault((person.PersonId, flag.ServiceId)) ?? [])
                {
                    text.Add($"  Contact: {Contact(practitioner)}");
                }
            }
        }

        var notKnown = view.People.Where(p => !p.Restricted && !p.Flags.Any(f => FamilySummary.IsKnown(f.State))).Select(p => p.Name).ToList();
        if (notKnown.Count > 0)
        {
            text.Add("");
            text.Add($"Not known to the services that could be checked: {string.Join(", ", notKnown)}.");
        }

        if (summary.Unavailable.Count > 0)
        {
            text.Add("");
            text.Add("Could not be checked (Unavailable does not mean there is no record):");
            foreach (var flag in summary.Unavailable)
            {
                var good = flag.LastGood is { } at ? $"last checked successfully at {UkDates.DateTime(at)}" : "not checked successfully since Family Context last started";
                text.Add($"- {flag.ServiceName}: {good}.{(string.IsNullOrEmpty(flag.ContactWhenUnavailable) ? "" : " " + flag.ContactWhenUnavailable)}");
            }
        }

        if (summary.RestrictedCount > 0)
        {
            text.Add("");
            text.Add($"Restricted records not included: {summary.RestrictedCount}.");
        }

        text.Add("");
        text.Add("Family Context shows who to talk to. It is not a basis for decisions on its own.");
        return string.Join("\n", text);
    }

    private static string Contact(Practitioner p) =>
        string.Join(", ", new[] { p.Name, p.Role, p.Organisation, p.Phone, p.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
