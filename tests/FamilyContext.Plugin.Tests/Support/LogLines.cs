using Microsoft.Extensions.Logging.Testing;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Each captured log record as one line: level, category, event id, message, structured values, scopes, exception.</summary>
public static class LogLines
{
    public static IReadOnlyList<string> Lines(this FakeLogCollector logs) => logs.GetSnapshot().Select(Line).ToList();

    public static string Line(FakeLogRecord r) =>
        $"{r.Level} {r.Category} [{r.Id.Id}] {r.Message} {string.Join(" ", r.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [])} {string.Join(" ", r.Scopes)} {r.Exception}";
}
