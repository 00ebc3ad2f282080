namespace FamilyContext.Plugin.Ingest;

/// <summary>An extract as the load reads it: a header row, then numbered data rows, with how far through the file it is.</summary>
internal interface IExtractRows : IDisposable
{
    /// <summary>The bytes read so far, for progress.</summary>
    long Position { get; }

    long Length { get; }

    /// <summary>The header row, or null when the file holds no rows at all.</summary>
    IReadOnlyList<string>? ReadHeader();

    /// <summary>The data rows with their row numbers (the header is row 1).</summary>
    IEnumerable<(long Row, string[] Cells)> Rows();
}
