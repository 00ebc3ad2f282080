namespace FamilyContext.CmsSimulators;

/// <summary>The simulate-cms entry point (an explicit class, so projects referencing this one see no second <c>Program</c>).</summary>
internal static class SimulatorProgram
{
    public static Task<int> Main(string[] args) => SimulateCms.CommandLine().Parse(args).InvokeAsync();
}
