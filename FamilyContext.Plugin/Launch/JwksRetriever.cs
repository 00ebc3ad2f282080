using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace FamilyContext.Plugin.Launch;

/// <summary>
/// Reads a CMS's JWKS document for <see cref="ConfigurationManager{T}"/>, and tells a launch waiting on a refresh when
/// the fetch it asked for has ended, and with which key set: the manager refreshes in the background.
/// </summary>
internal sealed class JwksRetriever : IConfigurationRetriever<JsonWebKeySet>
{
    private TaskCompletionSource<JsonWebKeySet?> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next fetch's key set, or null when it fails.</summary>
    public Task<JsonWebKeySet?> NextFetch => Volatile.Read(ref _next).Task;

    public async Task<JsonWebKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        JsonWebKeySet? set = null;
        try
        {
            set = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
            return set;
        }
        finally
        {
            Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(set);
        }
    }
}
