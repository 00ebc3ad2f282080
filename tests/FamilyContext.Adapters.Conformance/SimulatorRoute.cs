namespace FamilyContext.CmsSimulators;

/// <summary>What a simulator's call is for, whatever the vendor's path: the kit counts calls by these, not by URL.</summary>
public enum SimulatorRoute
{
    Health,
    Person,
    Relationships,
    Worker,

    /// <summary>A vendor's extra list, such as LiquidLogic's involvements.</summary>
    Involvements,
}
