namespace FamilyContext.Plugin.Ingest;

/// <summary>The file cannot be read on from this row (a broken quote, bytes that are not text in its encoding): the whole extract is rejected.</summary>
internal sealed class ExtractFormatException(string message) : Exception(message);
