namespace FamilyContext.Plugin.Ingest;

/// <summary>Thrown inside the loading transaction so that a rejected extract is rolled back and the previous one stays.</summary>
internal sealed class ExtractRejectedException() : Exception("The extract was rejected; the previous extract stays in service.");
