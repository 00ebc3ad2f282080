namespace FamilyContext.Adapters.Conformance;

/// <summary>A temporary copy of a vendor's shipped mapping file with extra entries appended; deleted on dispose.</summary>
public sealed class MappingFile : IDisposable
{
    private MappingFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>Copies <c>mappings/<paramref name="shippedFile"/></c> from the test's output folder and appends <paramref name="entries"/>.</summary>
    public static MappingFile CopyOfDefault(string shippedFile, params string[] entries)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fc-mapping-{Guid.NewGuid():N}.yaml");
        var shipped = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "mappings", shippedFile));
        File.WriteAllText(path, shipped.TrimEnd() + "\n" + string.Join("\n", entries) + "\n");
        return new MappingFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
