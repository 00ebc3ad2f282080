using System.Diagnostics;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup.Caching;
using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Lookup.Resilience;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Telemetry;
using Microsoft.Extensions.Logging;

namespace FamilyContext.Plugin.Lookup;

/// <summary>
/// For a person × service: apply the age rule, take the answer from the cache or ask the source (through its
/// circuit breaker, within its time budget), and turn the answer into a flag. Anything that stops the source
/// answering becomes Unavailable — never No record.
/// </summary>
internal sealed class InvolvementLookup(
    ServiceCatalogue catalogue,
    SourceResolver sources,
    SourceHealthTracker health,
    LookupCache cache,
    SourceCircuits circuits,
    IClericalReviews reviews,
    TimeProvider time,
    ILogger<InvolvementLookup> logger)
{
    /// <summary>Every configured service's flag for the person, asked in parallel; reviews read through <paramref name="family"/> when given.</summary>
    public async Task<IReadOnlyList<ServiceFlag>> FlagsAsync(CmsPerson person, CancellationToken cancellationToken, FamilyReviews? family = null)
    {
        var checks = await Task.WhenAll(catalogue.All.Select(s => CheckAsync(person, s, cancellationToken, family)));
        return [.. checks.Select(c => c.Flag)];
    }

    /// <summary>
    /// The reviews in force for a whole family, read once — and only if some lookup of the panel finds a possible match —
    /// instead of once per person and service.
    /// </summary>
    public FamilyReviews ReviewsFor(IReadOnlyCollection<string> personIds) => new(reviews, personIds, [.. catalogue.All.Select(s => s.Id)]);

    public async Task<ServiceCheck> CheckAsync(CmsPerson person, ServiceDefinition service, CancellationToken cancellationToken, FamilyReviews? family = null)
    {
        using var activity = FamilyContextTelemetry.Source.StartActivity("lookup");
        activity?.SetTag("familycontext.service", service.Id);
        var check = await CheckCoreAsync(person, service, family, cancellationToken);
        activity?.SetTag("familycontext.flag", check.Flag.State.ToString());
        if (FamilyContextTelemetry.Lookups.Enabled)
        {
            FamilyContextTelemetry.Lookups.Add(1, new TagList { { "service", service.Id }, { "state", check.Flag.State.ToString() } });
        }

        if (check.Flag.State == FlagState.Unavailable)
        {
            FamilyContextTelemetry.SourceUnavailable.Add(1, new KeyValuePair<string, object?>("service", service.Id));
        }

        return check;
    }

    private async Task<ServiceCheck> CheckCoreAsync(CmsPerson person, ServiceDefinition service, FamilyReviews? family, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!service.AppliesToAge(AgeCalculator.AgeOn(person.DateOfBirth, today)))
        {
            return new ServiceCheck(Flag(service, FlagState.NotChecked, service.AgeRuleText(), null), []);
        }

        SourceAnswer answer;
        var fetched = false;
        try
        {
            answer = await cache.GetOrFetchAsync(
                service,
                person,
                () =>
                {
                    fetched = true;
                    return AskThroughCircuitAsync(person, service);
                },
                worthKeeping: a => !IsStale(service, a.Metadata),
                cancellationToken);
        }
        catch (TimeoutException)
        {
            LookupLog.SourceTimedOut(logger, service.Id, service.TimeBudget.TotalMilliseconds);
            return Unavailable(service, $"{service.Name} did not answer in time.");
        }
        catch (SourceUnavailableException e)
        {
            LookupLog.SourceUnavailable(logger, service.Id, e.Message);
            return Unavailable(service, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LookupLog.SourceFailed(logger, service.Id, e.GetType().Name);
            return Unavailable(service, $"{service.Name} could not be checked because of an error.");
        }
        finally
        {
            // A miss asked the source (this lookup or, sharing its fetch, another); a hit was answered from the cache.
            FamilyContextTelemetry.CacheRequests.Add(1, new KeyValuePair<string, object?>("result", fetched ? "miss" : "hit"));
        }

        var metadata = answer.Metadata;
        if (IsStale(service, metadata))
        {
            LookupLog.SourceStale(logger, service.Id, metadata.CurrentAsOf, service.StaleAfter.TotalHours);
            return Unavailable(service, $"{service.Name} data is too old to rely on.", metadata);
        }

        return Resolve(service, await ReviewedAsync(person, service, answer, family, cancellationToken));
    }

    /// <summary>
    /// Possible matches a worker reviewed: confirmed ones count as confirmed, rejected ones are dropped — while the record
    /// keeps the identifying details it had when reviewed. Only asked when there is a possible match. If the reviews
    /// cannot be read the matcher's verdict stands: a possible match stays possible, its content withheld.
    /// </summary>
    private async Task<SourceAnswer> ReviewedAsync(
        CmsPerson person, ServiceDefinition service, SourceAnswer answer, FamilyReviews? family, CancellationToken cancellationToken)
    {
        if (!answer.Matches.Any(m => m.Match.Level == MatchLevel.Possible))
        {
            return answer;
        }

        IReadOnlyList<ClericalReview> inForce;
        try
        {
            inForce = family is not null && family.Covers(person.Id)
                ? [.. (await family.ReadAsync(cancellationToken))[(person.Id, service.Id)]]
                : await reviews.InForceAsync(person.Id, service.Id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LookupLog.ReviewsUnreadable(logger, service.Id, e.GetType().Name);
            return answer;
        }

        if (inForce.Count == 0)
        {
            return answer;
        }

        var matches = new List<MatchedRecord>();
        foreach (var m in answer.Matches)
        {
            var review = m.Match.Level != MatchLevel.Possible ? null : inForce
                .Where(r => !m.WithheldBySource || r.Outcome == ReviewOutcome.Rejected)
                .Where(r => r.RecordId == m.Record.RecordId && r.IdentityHash == RecordIdentity.Hash(m.Record.Person))
                .MaxBy(r => r.Id);
            if (review?.Outcome != ReviewOutcome.Rejected)
            {
                matches.Add(review is null ? m : m with { Review = review });
            }
        }

        return answer with { Matches = matches };
    }

    /// <summary>The source itself (not the cache): through its circuit breaker, within its time budget.</summary>
    private async Task<SourceAnswer> AskThroughCircuitAsync(CmsPerson person, ServiceDefinition service)
    {
        var answer = await circuits.ExecuteAsync(service, ct => AskWithinBudgetAsync(person, service, ct), CancellationToken.None);
        if (!IsStale(service, answer.Metadata))
        {
            // "Last good" means the source answered with usable data, not that a cached answer was served.
            health.Succeeded(service.Id);
        }

        return answer;
    }

    private bool IsStale(ServiceDefinition service, SourceMetadata metadata) => time.GetUtcNow() - metadata.CurrentAsOf > service.StaleAfter;

    private async Task<SourceAnswer> AskWithinBudgetAsync(CmsPerson person, ServiceDefinition service, CancellationToken cancellationToken)
    {
        using var activity = FamilyContextTelemetry.Source.StartActivity("source.query");
        activity?.SetTag("familycontext.service", service.Id);
        var started = FamilyContextTelemetry.Start(FamilyContextTelemetry.SourceDuration);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(service.TimeBudget);
        try
        {
            // WaitAsync bounds the wait even for a source that ignores its cancellation token.
            return await sources.For(service).FindAsync(service, person, budget.Token)
                .WaitAsync(service.TimeBudget, time, cancellationToken);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
        finally
        {
            FamilyContextTelemetry.Record(FamilyContextTelemetry.SourceDuration, started, new TagList { { "service", service.Id } });
        }
    }

    private static ServiceCheck Resolve(ServiceDefinition service, SourceAnswer answer)
    {
        static bool Confirmed(MatchedRecord m) => m.Match.Level == MatchLevel.Confirmed || m.Review?.Outcome == ReviewOutcome.Confirmed;
        var confirmed = answer.Matches.Where(m => Confirmed(m) && m.Record.Involvement != Involvement.None).ToList();
        if (confirmed.Count > 0)
        {
            var state = confirmed.Any(m => m.Record.Involvement == Involvement.Current) ? FlagState.Current : FlagState.Historic;
            // The matcher's own confirmations first; then those a worker confirmed.
            confirmed = [.. confirmed.OrderBy(m => m.Review is null ? 0 : 1)];
            return new ServiceCheck(Flag(service, state, null, answer.Metadata) with { ConfirmedBy = confirmed.Select(m => m.Review).FirstOrDefault(r => r is not null) }, confirmed)
            {
                Metadata = answer.Metadata,
            };
        }

        var possible = answer.Matches
            .Where(m => !Confirmed(m) && m.Match.Level == MatchLevel.Possible && (m.Record.Involvement != Involvement.None || m.WithheldBySource)).ToList();
        if (possible.Count > 0)
        {
            return new ServiceCheck(Flag(service, FlagState.PossibleMatch, null, answer.Metadata) with { Evidence = possible[0].Match }, possible) { Metadata = answer.Metadata };
        }

        return new ServiceCheck(Flag(service, FlagState.NoRecord, null, answer.Metadata), []) { Metadata = answer.Metadata };
    }

    private ServiceCheck Unavailable(ServiceDefinition service, string reason, SourceMetadata? metadata = null) =>
        new(Flag(service, FlagState.Unavailable, reason, metadata) with { LastGood = health.LastGood(service.Id) }, []);

    private static ServiceFlag Flag(ServiceDefinition service, FlagState state, string? reason, SourceMetadata? metadata) => new(
        service.Id,
        service.Name,
        state,
        reason,
        metadata?.CurrentAsOf,
        null,
        service.NoRecordMeans,
        state == FlagState.Unavailable ? service.ContactWhenUnavailable : null,
        metadata?.CoverageExplanation,
        null);
}
