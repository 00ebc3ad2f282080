using System.Diagnostics;
using OpenTelemetry;

namespace FamilyContext.Plugin.Telemetry;

/// <summary>
/// Takes the paths and queries out of every span before it is exported: a panel's path holds its session, a CMS call's
/// holds a person's id. What stays says where without saying whom: the method, the route template, the host and the status.
/// </summary>
internal sealed class AddressRedaction : BaseProcessor<Activity>
{
    private static readonly string[] Tags = ["url.full", "url.path", "url.query", "http.url", "http.target"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in Tags)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }
    }
}
