namespace FamilyContext.Plugin.Setup;

/// <summary>
/// Every installation check, in the order an administrator works through them: CMS, launch, sources, stores, sign-in, alerts.
/// Shared by <c>/admin/setup</c> and <c>check-setup</c>, so the page and the command always agree.
/// </summary>
internal static class SetupChecks
{
    public static async Task<IReadOnlyList<SetupCheck>> RunAsync(IServiceProvider services, string? testPersonId, CancellationToken ct)
    {
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return
        [
            .. await CmsSetupChecks.RunAsync(services, testPersonId, time, ct),
            .. await LaunchSetupChecks.RunAsync(services, time, ct),
            HostingSetupChecks.CookieAndFrameMode(services),
            .. await SourceSetupChecks.RunAsync(services, time, ct),
            .. await StoreSetupChecks.RunAsync(services, ct),
            HostingSetupChecks.DataProtectionKeys(services),
            .. await SignInSetupChecks.RunAsync(services, ct),
            AlertSetupChecks.Destinations(services),
        ];
    }
}
