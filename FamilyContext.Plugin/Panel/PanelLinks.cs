using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>What the closed view's table, key and cards share: the services shown, in order, and each detail's address.</summary>
internal static class PanelLinks
{
    /// <summary>Every service any visible person was checked against, in the order first shown.</summary>
    public static IReadOnlyList<(string Id, string Name)> Services(PanelView view) =>
        [.. view.People.SelectMany(p => p.Flags).Select(f => (f.ServiceId, f.ServiceName)).DistinctBy(s => s.ServiceId)];

    public static string Detail(string sessionId, PersonCard person, ServiceFlag flag) =>
        $"/panel/{Uri.EscapeDataString(sessionId)}/people/{Uri.EscapeDataString(person.PersonId)}/services/{Uri.EscapeDataString(flag.ServiceId)}";
}
