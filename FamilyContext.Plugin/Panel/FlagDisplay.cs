using FamilyContext.Plugin.Lookup;

namespace FamilyContext.Plugin.Panel;

/// <summary>How each flag state reads and looks. The words carry the meaning; colour only reinforces it.</summary>
internal static class FlagDisplay
{
    public static string Text(FlagState state) => state switch
    {
        FlagState.Current => "Current",
        FlagState.Historic => "Historic",
        FlagState.NoRecord => "No record",
        FlagState.NotChecked => "Not checked",
        FlagState.Unavailable => "Unavailable",
        FlagState.PossibleMatch => "Possible match",
        FlagState.NotShared => "Not shared with your team",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string TagClass(FlagState state) => state switch
    {
        FlagState.Current => "govuk-tag govuk-tag--purple",
        FlagState.Historic => "govuk-tag govuk-tag--blue",
        FlagState.NoRecord => "govuk-tag govuk-tag--grey",
        FlagState.NotChecked => "govuk-tag govuk-tag--grey",
        FlagState.Unavailable => "govuk-tag govuk-tag--red",
        FlagState.PossibleMatch => "govuk-tag govuk-tag--yellow",
        FlagState.NotShared => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag",
    };

    public static bool HasDetail(FlagState state) => state is FlagState.Current or FlagState.Historic or FlagState.PossibleMatch;
}
