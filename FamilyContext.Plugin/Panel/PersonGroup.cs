namespace FamilyContext.Plugin.Panel;

/// <summary>The panel's order: the child, then parents and carers, then siblings (youngest first), then others.</summary>
public enum PersonGroup
{
    Child = 0,
    ParentsAndCarers = 1,
    Siblings = 2,
    Others = 3,
}
