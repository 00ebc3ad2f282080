using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Sharing;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// Applies the sharing rules to a closed view: a service kept from this worker's team says so, and nothing else — not
/// its state, its freshness or any evidence; a service asking for a reason is marked so the panel can say so.
/// </summary>
internal static class SharedFlags
{
    public static PanelView Apply(PanelView view, WorkerSharing sharing) =>
        view with { People = [.. view.People.Select(p => p with { Flags = [.. p.Flags.Select(f => Apply(f, sharing))] })] };

    public static ServiceFlag Apply(ServiceFlag flag, WorkerSharing sharing) => sharing.Refusing(flag.ServiceId) is { } rule
        ? new ServiceFlag(flag.ServiceId, flag.ServiceName, FlagState.NotShared, WorkerSharing.NotSharedText(rule), null, null, flag.NoRecordMeans, null, null, null)
        : flag with { ReasonRequired = sharing.AskingReason(flag.ServiceId) is not null && FlagDisplay.HasDetail(flag.State) };
}
