using FamilyContext.Plugin.Alerts;
using FamilyContext.Plugin.Audit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Tests.Alerts;

/// <summary>A storm of the same refusal is one message with a count, not one message per request.</summary>
public sealed class AlertGroupsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_hundred_and_thirty_five_quick_refusals_of_one_worker_for_one_cause_send_one_message()
    {
        var dispatcher = Dispatcher(TimeSpan.FromMinutes(10));

        for (var i = 0; i < 135; i++)
        {
            dispatcher.Raise(Denied(i + 1, Start.AddSeconds(i), "sw-1", "rate limit"));
        }

        var sent = Drain(dispatcher);
        var only = Assert.Single(sent);
        Assert.Equal((1L, 1), (only.Sequence, only.Count));
    }

    [Fact]
    public void A_repeat_after_the_window_goes_out_with_the_count_so_far()
    {
        var dispatcher = Dispatcher(TimeSpan.FromMinutes(10));

        // One a minute for 25 minutes: a message at 0, 10 and 20 minutes, each saying how many so far.
        for (var i = 0; i <= 25; i++)
        {
            dispatcher.Raise(Denied(i + 1, Start.AddMinutes(i), "sw-1", "rate limit"));
        }

        var sent = Drain(dispatcher);
        Assert.Equal([1, 11, 21], sent.Select(m => m.Count));
        Assert.Contains("This happened 21 times from 10am on 21 November 2026.", sent[^1].Summary, StringComparison.Ordinal);
        Assert.All(sent, m => Assert.Equal(Start, m.FirstAt));
    }

    [Fact]
    public void Different_workers_or_causes_are_different_alerts()
    {
        var dispatcher = Dispatcher(TimeSpan.FromMinutes(10));

        dispatcher.Raise(Denied(1, Start, "sw-1", "rate limit"));
        dispatcher.Raise(Denied(2, Start, "sw-2", "rate limit"));
        dispatcher.Raise(Denied(3, Start, "sw-1", "no rule permits this worker"));

        Assert.Equal(3, Drain(dispatcher).Count);
    }

    [Fact]
    public void A_window_of_zero_sends_every_alert()
    {
        var dispatcher = Dispatcher(TimeSpan.Zero);

        for (var i = 0; i < 5; i++)
        {
            dispatcher.Raise(Denied(i + 1, Start.AddSeconds(i), "sw-1", "rate limit"));
        }

        Assert.Equal(5, Drain(dispatcher).Count);
    }

    [Theory]
    [InlineData("rate limit", "sw-1 was refused access to child 730001 because they opened too many records in a short time.")]
    [InlineData("rule 2: deny user sw-1", "sw-1 was refused access to child 730001 because access rule 2: deny user sw-1 applies to them.")]
    [InlineData("sharing rule 1: police shared only with groups police-liaison",
        "sw-1 was refused access to child 730001 because sharing rule 1: police shared only with groups police-liaison keeps that service from their team.")]
    [InlineData("search refused: not a child", "sw-1 was refused a look-up of child 730001 because the record is not a child's.")]
    public void An_alert_reads_as_a_sentence_naming_the_rule_not_just_its_number(string detail, string sentence) =>
        Assert.Equal(sentence, AlertWording.Sentence(Denied(1, Start, "sw-1", detail)));

    private static AlertDispatcher Dispatcher(TimeSpan window) =>
        new(new StaticOptions(new AlertOptions { GroupWindow = window }), NullLogger<AlertDispatcher>.Instance);

    private static AuditRecord Denied(long sequence, DateTimeOffset at, string worker, string cause) =>
        AuditRecord.Create(sequence, at, new AuditEntry(AuditActions.AccessDenied, AuditOutcomes.Denied, worker, "demo", "730001", Detail: cause, Alert: true), AuditChain.Genesis);

    private static List<AlertMessage> Drain(AlertDispatcher dispatcher)
    {
        var all = new List<AlertMessage>();
        while (dispatcher.Reader.TryRead(out var m))
        {
            all.Add(m);
        }

        return all;
    }

    private sealed class StaticOptions(AlertOptions value) : IOptionsMonitor<AlertOptions>
    {
        public AlertOptions CurrentValue => value;

        public AlertOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AlertOptions, string?> listener) => null;
    }
}
