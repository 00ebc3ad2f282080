namespace FamilyContext.Plugin.Tests.Support;

/// <summary>The repository the tests were built from: its root folder and files in it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "FamilyContext.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests are not inside the repository: FamilyContext.sln was not found above them.");
    }
}
