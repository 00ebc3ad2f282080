using Microsoft.Extensions.Options;

namespace FamilyContext.Adapters.Http;

/// <summary>Validates an adapter's options at start-up, reporting every error with the setting's full name.</summary>
public sealed class CmsConnectionOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : CmsConnectionOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = options.Validate(section);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
