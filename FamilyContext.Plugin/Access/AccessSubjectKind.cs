namespace FamilyContext.Plugin.Access;

/// <summary>Whom a rule names.</summary>
public enum AccessSubjectKind
{
    User,
    Group,
}
