using Xunit.Abstractions;

namespace FamilyContext.Plugin.Tests.Architecture;

/// <summary>
/// The folders of the service depend one way only (docs/architecture.md): the graph is read from the compiled code,
/// so a new arrow the wrong way fails here, naming the types that make it.
/// </summary>
public sealed class FolderCycleTests(ITestOutputHelper output)
{
    private static readonly Lazy<FolderGraph> Service = new(() => FolderGraph.Of(typeof(Program).Assembly.Location, "FamilyContext.Plugin"));

    [Fact]
    public void No_folder_of_the_service_uses_a_folder_that_uses_it_back()
    {
        var graph = Service.Value;
        output.WriteLine($"{graph.Folders.Count} folders, {graph.EdgeCount} arrows:\n{graph.Describe()}");

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "These folders use each other, directly or round a loop:\n" + string.Join('\n', cycles.Select(c => Explain(graph, c))));
    }

    [Fact]
    public void The_demo_is_named_only_by_the_composition_root()
    {
        var graph = Service.Value;

        var users = graph.Folders.Where(f => graph.UsesOf(f).Contains("Demo")).ToList();

        Assert.Equal(["Hosting"], users);
    }

    [Fact]
    public void Only_the_entry_point_and_the_command_line_use_the_composition_root()
    {
        var graph = Service.Value;

        var users = graph.Folders.Where(f => graph.UsesOf(f).Contains("Hosting")).ToList();

        Assert.Equal([FolderGraph.Root, "Commands"], users);
    }

    [Fact]
    public void A_cycle_made_only_inside_method_bodies_is_found()
    {
        var graph = FolderGraph.Of(typeof(FolderCycleTests).Assembly.Location, "FamilyContext.Plugin.Tests.Architecture.CycleSample");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["Kitchen", "Pantry"], cycle);
        Assert.Contains("FamilyContext.Plugin.Tests.Architecture.CycleSample.Kitchen.Cook uses FamilyContext.Plugin.Tests.Architecture.CycleSample.Pantry.Shelf",
            graph.Reasons("Kitchen", "Pantry"));
    }

    [Fact]
    public void A_loop_round_three_folders_is_one_cycle_and_a_one_way_line_is_none()
    {
        var loop = FolderGraph.FromEdges(("Panel", "Launch"), ("Launch", "Lookup"), ("Lookup", "Panel"), ("Admin", "Panel"));
        var line = FolderGraph.FromEdges(("Panel", "Launch"), ("Launch", "Lookup"), ("Panel", "Lookup"));

        Assert.Equal(["Launch", "Lookup", "Panel"], Assert.Single(loop.Cycles()));
        Assert.Empty(line.Cycles());
    }

    private static string Explain(FolderGraph graph, IReadOnlyList<string> cycle) =>
        string.Join(", ", cycle) + ":\n" + string.Join('\n',
            from user in cycle
            from used in graph.UsesOf(user)
            where cycle.Contains(used)
            from reason in graph.Reasons(user, used)
            select $"  {user} -> {used}: {reason}");
}
