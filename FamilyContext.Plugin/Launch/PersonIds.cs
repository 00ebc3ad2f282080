using System.Text.RegularExpressions;

namespace FamilyContext.Plugin.Launch;

/// <summary>The shape every CMS person id, service id and session id must have before it is used.</summary>
public static partial class PersonIds
{
    /// <summary>Letters, digits, '-' and '_' only, 1 to 64 characters — the whole value (\z: '$' would let a final newline through).</summary>
    public static bool IsWellFormed(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,64}\z")]
    private static partial Regex IdPattern();
}
