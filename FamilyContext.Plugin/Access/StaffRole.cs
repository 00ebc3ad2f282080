namespace FamilyContext.Plugin.Access;

/// <summary>What a member of staff does, mapped from their token's role claim values.</summary>
public enum StaffRole
{
    SocialWorker,
    Manager,
    Admin,
}
