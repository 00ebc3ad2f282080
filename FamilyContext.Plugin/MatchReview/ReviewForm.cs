using System.Globalization;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Panel;

namespace FamilyContext.Plugin.MatchReview;

/// <summary>Reads a clerical review form: what was decided and on what evidence, or what is wrong with it, in GOV.UK error message style.</summary>
internal static class ReviewForm
{
    public const int MaximumSpokeToLength = 100;

    /// <summary>The review, or the form to show again with its errors. Null outcome: the decision field itself is not one we offer.</summary>
    public static (ReviewOutcome? Outcome, DateOnly? SpokeOn, ReviewFormState State) Read(
        string recordId, string? decision, string? spokeTo, string? day, string? month, string? year, string? note, int index, DateOnly today)
    {
        spokeTo = Clean(spokeTo);
        note = Clean(note);
        var state = new ReviewFormState(recordId, decision ?? "") { SpokeTo = spokeTo, Day = day?.Trim(), Month = month?.Trim(), Year = year?.Trim(), Note = note };
        var errors = new List<(string, string)>();
        var max = MatchReviewForms.MaximumNoteLength;
        switch (decision)
        {
            case "confirm":
                if (spokeTo is null)
                {
                    errors.Add((ReviewPaths.SpokeTo(index), "Enter who you spoke to"));
                }
                else if (spokeTo.Length > MaximumSpokeToLength || spokeTo.Any(char.IsControl))
                {
                    errors.Add((ReviewPaths.SpokeTo(index), $"Who you spoke to must be {MaximumSpokeToLength} characters or fewer, on one line"));
                }

                var spokeOn = Date(state, today, out var dateError);
                if (dateError is not null)
                {
                    errors.Add((ReviewPaths.SpokeOn(index), dateError));
                }

                if (note?.Length > max || note?.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')) == true)
                {
                    errors.Add((ReviewPaths.Note(index), $"Note must be {max} characters or fewer"));
                }

                return (ReviewOutcome.Confirmed, spokeOn, state with { Errors = errors });
            case "reject":
                if (note is null)
                {
                    errors.Add((ReviewPaths.Reason(index), "Enter why it is not this person"));
                }
                else if (note.Length > max || note.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
                {
                    errors.Add((ReviewPaths.Reason(index), $"Why it is not this person must be {max} characters or fewer"));
                }

                return (ReviewOutcome.Rejected, null, state with { Errors = errors });
            default:
                return (null, null, state);
        }
    }

    private static DateOnly? Date(ReviewFormState state, DateOnly today, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(state.Day) && string.IsNullOrEmpty(state.Month) && string.IsNullOrEmpty(state.Year))
        {
            error = "Enter when you spoke to them";
            return null;
        }

        if (!int.TryParse(state.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ||
            !int.TryParse(state.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ||
            !int.TryParse(state.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            error = "When you spoke to them must be a real date";
            return null;
        }

        var date = new DateOnly(y, m, d);
        if (date > today)
        {
            error = "When you spoke to them must be today or in the past";
            return null;
        }

        return date;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
