namespace FamilyContext.Plugin.Store;

/// <summary>A service record's involvement (DESIGN.md 3.1: Current / Historic / None found).</summary>
public enum Involvement
{
    None = 0,
    Current,
    Historic,
}
