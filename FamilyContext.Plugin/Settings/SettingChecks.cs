using Microsoft.Extensions.Options;

namespace FamilyContext.Plugin.Settings;

/// <summary>
/// The one way a section of settings is checked (by an <see cref="IValidateOptions{TOptions}"/> class per options class,
/// on start): every broken rule is reported at once, each in words that name the setting to fix.
/// </summary>
internal static class SettingChecks
{
    public static ValidateOptionsResult Report(params (bool Broken, string Error)[] rules)
    {
        var errors = rules.Where(r => r.Broken).Select(r => r.Error).ToList();
        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
