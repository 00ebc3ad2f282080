using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Panel;

/// <summary>
/// Who a panel may be centred on: a child as the CMS record defines one — under 18 on the day (UK date) by the
/// date of birth the CMS holds, or not yet born. Neither Mosaic nor LiquidLogic sends a person type, so the date of
/// birth decides; a record with none cannot be shown to be a child's and is refused, so a panel never becomes a
/// look-up of an adult.
/// </summary>
internal static class ChildRule
{
    public const int AdultAge = 18;

    /// <summary>The audit trail's reason when a panel is refused because the person is not a child.</summary>
    public const string NotAChildReason = "not a child";

    public static bool IsChild(CmsPerson person, DateOnly today) =>
        person.DateOfBirth is DateOnly dob && (dob > today || AgeCalculator.AgeOn(dob, today) < AdultAge);
}
