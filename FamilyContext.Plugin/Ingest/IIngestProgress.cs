namespace FamilyContext.Plugin.Ingest;

/// <summary>Told how far an ingest has got: a progress bar on a terminal, periodic lines in a log.</summary>
internal interface IIngestProgress
{
    /// <summary>Called often; an implementation decides how often to show it.</summary>
    void Report(long rows, long bytesRead, long totalBytes);

    void Finished(long rows);
}
