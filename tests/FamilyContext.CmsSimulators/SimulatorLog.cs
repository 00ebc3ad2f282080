using System.Collections.Concurrent;

namespace FamilyContext.CmsSimulators;

/// <summary>What the simulator was asked; strict: anything it did not expect is listed in <see cref="UnexpectedCalls"/>.</summary>
public sealed class SimulatorLog
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
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

    /// <summary>How many integration-endpoint calls had a path containing <paramref name="fragment"/>.</summary>
    public int CountRequests(string fragment) => _requests.Count(r => r.Contains(fragment, StringComparison.Ordinal));

    internal void Request(string request) => _requests.Enqueue(request);

    internal void Unexpected(string call) => _unexpected.Enqueue(call);

    internal void TokenRequest() => Interlocked.Increment(ref _tokenRequests);

    internal void Rejected() => Interlocked.Increment(ref _unauthorized);
}
