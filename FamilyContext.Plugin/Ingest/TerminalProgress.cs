using Spectre.Console;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Progress on a terminal: a bar with rows a second and time left, redrawn in place (Spectre.Console).</summary>
internal sealed class TerminalProgress : IIngestProgress, IDisposable
{
    private readonly TaskCompletionSource _finished = new();
    private readonly TaskCompletionSource<ProgressTask> _task = new();
    private readonly Task _running;

    public TerminalProgress(string description)
    {
        _running = AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                _task.SetResult(context.AddTask(Markup.Escape(description), maxValue: 1));
                await _finished.Task;
            });
    }

    public void Report(long rows, long bytesRead, long totalBytes)
    {
        if (_task.Task.IsCompleted)
        {
            var task = _task.Task.Result;
            task.MaxValue = Math.Max(totalBytes, 1);
            task.Value = bytesRead;
            RowsPerSecondColumn.Rows[task.Id] = rows;
        }
    }

    public void Finished(long rows)
    {
        if (_task.Task.IsCompleted)
        {
            _task.Task.Result.Value = _task.Task.Result.MaxValue;
        }

        _finished.TrySetResult();
        _running.GetAwaiter().GetResult();
    }

    public void Dispose() => _finished.TrySetResult();
}
