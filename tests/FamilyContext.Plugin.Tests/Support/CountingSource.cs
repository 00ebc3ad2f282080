using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>
/// Sits in front of the real local store source and counts the lookups that reach it; a test can make it
/// fail, or hold every lookup until it is released.
/// </summary>
public sealed class CountingSource
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>When set, every lookup throws this instead of asking the store.</summary>
    public Exception? FailWith { get; set; }

    /// <summary>When set, every lookup waits for this before asking the store.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>When set, <see cref="FailWith"/> and <see cref="Gate"/> apply to this service only.</summary>
    public string? OnlyService { get; set; }

    /// <summary>Registers this as the <c>Local</c> source, wrapping the real one.</summary>
    public void Register(IServiceCollection services) =>
        services.AddKeyedSingleton<IInvolvementSource>(SourceKinds.Local, (sp, _) => new Wrapper(this, new LocalStoreSource(sp.GetRequiredService<IRecordStore>())));

    private sealed class Wrapper(CountingSource script, IInvolvementSource inner) : IInvolvementSource
    {
        public async Task<SourceAnswer> FindAsync(ServiceDefinition service, CmsPerson person, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref script._calls);
            var scripted = script.OnlyService is null || script.OnlyService == service.Id;
            if (scripted && script.Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            return scripted && script.FailWith is { } failure ? throw failure : await inner.FindAsync(service, person, cancellationToken);
        }
    }
}
