using System.Collections.Concurrent;

namespace FamilyContext.CmsSimulators;

/// <summary>What the simulator was asked; strict: anything it did not expect is listed in <see cref="UnexpectedCalls"/>.</summary>
public sealed class SimulatorLog
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly ConcurrentQueue<(SimulatorRoute? Route, string? Id)> _routes = new();
    private readonly ConcurrentDictionary<string, bool> _served = new(StringComparer.Ordinal);
    private int _tokenRequests;
    private int _unauthorized;

    /// <summary>Token requests, granted or refused.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>Integration-endpoint calls answered 401.</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>Integration-endpoint calls, as "GET /path?query".</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Calls the simulator did not expect; a test fails when any is left here.</summary>
    public IReadOnlyList<string> UnexpectedCalls => [.. _unexpected];

    /// <summary>Every personal value served (names, dates of birth as written, identifiers, postcodes), exactly as written.</summary>
    public IReadOnlyCollection<string> ServedPersonalValues => [.. _served.Keys];

    /// <summary>How many integration-endpoint calls were for <paramref name="route"/> (and, when given, for <paramref name="id"/>), whatever the vendor's path.</summary>
    public int CountRequests(SimulatorRoute route, string? id = null) =>
        _routes.Count(r => r.Route == route && (id is null || r.Id == id));

    internal void Request(string request, SimulatorRoute? route, string? id)
    {
        _requests.Enqueue(request);
        _routes.Enqueue((route, id));
    }

    internal void Served(string value) => _served.TryAdd(value, true);

    internal void Unexpected(string call) => _unexpected.Enqueue(call);

    internal void TokenRequest() => Interlocked.Increment(ref _tokenRequests);

    internal void Rejected() => Interlocked.Increment(ref _unauthorized);
}
