namespace FamilyContext.Plugin.Access;

/// <summary>Whether someone may see family data, and the rule (or lack of one) that decided it — ids only.</summary>
public sealed record AccessDecision(bool Permitted, string Reason);
