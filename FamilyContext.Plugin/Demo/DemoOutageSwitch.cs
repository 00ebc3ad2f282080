using System.Collections.Concurrent;
using FamilyContext.Plugin.Lookup.Caching;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Demo;

/// <summary>Which demo sources are switched off, to show what Unavailable looks like.</summary>
internal sealed class DemoOutageSwitch
{
    private readonly ConcurrentDictionary<string, bool> _down = new(StringComparer.OrdinalIgnoreCase);

    private readonly LookupGenerations _generations;

    public DemoOutageSwitch(IOptions<DemoOptions> options, LookupGenerations generations)
    {
        _generations = generations;
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
            // Cached answers would hide the outage the demo is there to show.
            if (_down.TryAdd(serviceId, true))
            {
                _generations.Retire(serviceId);
            }
        }
        else
        {
            _down.TryRemove(serviceId, out _);
        }
    }
}
