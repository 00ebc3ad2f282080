namespace FamilyContext.Plugin.Ingest;

/// <summary>The ingest cannot start: a setting, the mapping or the file itself is wrong or missing (exit code 2).</summary>
internal sealed class IngestConfigurationException(string message) : Exception(message);
