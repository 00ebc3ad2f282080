using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Admin;

/// <summary>A sharing rule as entered on the admin page, and what is wrong with it (by field, in the page's order).</summary>
public sealed record SharingForm(string? Service, string Groups, bool RequireReason, string? Ask, string? Note)
{
    internal IReadOnlyDictionary<string, string> Errors(ServiceCatalogue catalogue)
    {
        var errors = new Dictionary<string, string>();
        if (Service is null || catalogue.Find(Service) is null)
        {
            errors["service"] = "Select the service the agreement covers";
        }

        if (Groups.Length > SharingRuleEndpoints.MaximumGroupsLength || Groups.Any(char.IsControl))
        {
            errors["groups"] = $"Enter group names separated by commas, up to {SharingRuleEndpoints.MaximumGroupsLength} characters in all";
        }
        else if (Groups.Length == 0 && !RequireReason)
        {
            errors["groups"] = "Enter the groups it is shared with, or ask for a reason, or both";
        }

        if (Groups.Length > 0 && Ask is null)
        {
            errors["ask"] = "Enter whom a worker outside these groups should ask";
        }
        else if (Ask?.Length > SharingRuleEndpoints.MaximumTextLength || Ask?.Any(char.IsControl) == true)
        {
            errors["ask"] = $"Enter whom to ask in up to {SharingRuleEndpoints.MaximumTextLength} characters, on one line";
        }

        if (Note?.Length > SharingRuleEndpoints.MaximumTextLength || Note?.Any(char.IsControl) == true)
        {
            errors["note"] = $"Enter a note of up to {SharingRuleEndpoints.MaximumTextLength} characters, on one line";
        }

        return errors;
    }
}
