namespace FamilyContext.Plugin.Services;

/// <summary>Age in whole years on a given day.</summary>
internal static class AgeCalculator
{
    /// <summary>
    /// Age on <paramref name="day"/>. Someone born on 29 February reaches each new age on 1 March in a
    /// common year, as English law counts it.
    /// </summary>
    public static int? AgeOn(DateOnly? dateOfBirth, DateOnly day)
    {
        if (dateOfBirth is not DateOnly dob || dob > day)
        {
            return null;
        }

        var age = day.Year - dob.Year;
        var birthday = dob.Month == 2 && dob.Day == 29 && !DateTime.IsLeapYear(day.Year)
            ? new DateOnly(day.Year, 3, 1)
            : new DateOnly(day.Year, dob.Month, dob.Day);
        return day < birthday ? age - 1 : age;
    }
}
