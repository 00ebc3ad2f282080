using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Demo;

/// <summary>Which demo sources are switched off, to show what Unavailable looks like.</summary>
internal sealed class DemoOutageSwitch
{
    private readonly ConcurrentDictionary<string, bool> _down = new(StringComparer.OrdinalIgnoreCase);

    public DemoOutageSwitch(IOptions<DemoOptions> options)
    {
        foreach (var service in options.Value.UnavailableServices)
        {
            _down[service] = true;
        }
    }

    public bool IsDown(string serviceId) => _down.ContainsKey(serviceId);

    public void Set(string serviceId, bool down)
    {
        if (down)
        {
            _down[serviceId] = true;
        }
        else
        {
            _down.TryRemove(serviceId, out _);
        }
    }
}
