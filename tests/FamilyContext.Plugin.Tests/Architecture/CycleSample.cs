// Two folders that use each other only inside method bodies: what FolderCycleTests proves the graph finds.
namespace FamilyContext.Plugin.Tests.Architecture.CycleSample.Kitchen
{
    internal static class Cook
    {
        public static int Stock() => Pantry.Shelf.Count() + 1;
    }
}

namespace FamilyContext.Plugin.Tests.Architecture.CycleSample.Pantry
{
    internal static class Shelf
    {
        public static int Count() => 2;

        public static int Restock() => Kitchen.Cook.Stock();
    }
}
