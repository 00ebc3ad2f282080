namespace FamilyContext.Plugin.Setup;

/// <summary>
/// <c>check-setup [person-id] [--send-test-alert]</c>: the same checks as <c>/admin/setup</c>, one line each, for scripts;
/// with <c>--send-test-alert</c>, a test alert sent to every destination too (audited, as from the page).
/// Exit codes: 0 nothing failed (warnings allowed), 1 at least one check failed.
/// </summary>
internal static class CheckSetupCommand
{
    /// <summary>The actor the audit trail records for a test alert sent from the command line.</summary>
    public const string Actor = "check-setup";

    public static async Task<int> RunAsync(IServiceProvider services, string? testPersonId, TextWriter output, CancellationToken cancellationToken,
        bool sendTestAlert = false)
    {
        IReadOnlyList<SetupCheck> checks =
        [
            .. await SetupChecks.RunAsync(services, testPersonId, cancellationToken),
            .. sendTestAlert ? await AlertSetupChecks.SendTestAsync(services, Actor, cancellationToken) : [],
        ];
        foreach (var check in checks)
        {
            await output.WriteLineAsync($"{SetupPage.Word(check.Status).ToUpperInvariant(),-7} {check.Area} - {check.Name}: {check.Finding}");
            if (check.WhatToDo is not null)
            {
                await output.WriteLineAsync($"        What to do: {check.WhatToDo}");
            }
        }

        var failed = checks.Count(c => c.Status == SetupStatus.Failed);
        await output.WriteLineAsync($"{checks.Count} checks: {failed} failed, {checks.Count(c => c.Status == SetupStatus.Warning)} with a warning.");
        return failed == 0 ? 0 : 1;
    }
}
