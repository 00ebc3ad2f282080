namespace FamilyContext.Plugin.Access;

/// <summary>What a rule does. A deny always wins over a permit.</summary>
public enum AccessEffect
{
    Permit,
    Deny,
}
