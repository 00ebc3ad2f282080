namespace FamilyContext.Plugin.Panel;

/// <summary>A clerical review form as the worker sent it, and what was wrong with it, to show it again with an error summary.</summary>
public sealed record ReviewFormState(string RecordId, string Decision)
{
    public string? SpokeTo { get; init; }
    public string? Day { get; init; }
    public string? Month { get; init; }
    public string? Year { get; init; }
    public string? Note { get; init; }

    /// <summary>Each problem: the id of the field to fix, and the message.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; init; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
