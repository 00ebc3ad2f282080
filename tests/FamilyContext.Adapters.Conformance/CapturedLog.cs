using Microsoft.Extensions.Logging;

namespace FamilyContext.Adapters.Conformance;

/// <summary>One log entry written by the adapter under test.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message);
