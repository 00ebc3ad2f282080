using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace FamilyContext.Plugin.Ingest;

/// <summary>A progress column showing rows read a second (the bar itself follows bytes, which is what is known ahead).</summary>
internal sealed class RowsPerSecondColumn : ProgressColumn
{
    public static readonly ConcurrentDictionary<int, long> Rows = new();

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var rows = Rows.GetValueOrDefault(task.Id);
        var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {(seconds > 0 ? rows / seconds : 0):N0}/s"));
    }
}
