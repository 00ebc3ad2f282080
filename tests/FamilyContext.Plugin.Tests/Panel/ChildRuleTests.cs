using FamilyContext.Plugin.Panel;
using FamilyContext.Plugin.Tests.Support;
using FamilyContext.Plugin.Time;

namespace FamilyContext.Plugin.Tests.Panel;

/// <summary>Who a panel may be centred on: a child by the date of birth the CMS holds, judged on the UK day.</summary>
public sealed class ChildRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [InlineData("2008-11-22", true)]  // 18 tomorrow
    [InlineData("2008-11-21", false)] // 18 today
    [InlineData("1999-03-04", false)]
    [InlineData("2026-11-21", true)]  // born today
    [InlineData("2027-02-01", true)]  // not yet born: a pre-birth record
    public void A_person_is_a_child_until_their_eighteenth_birthday(string dateOfBirth, bool child) =>
        Assert.Equal(child, ChildRule.IsChild(People.Person("1", "Sam", "Test", DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture)), Today));

    [Fact]
    public void A_record_with_no_date_of_birth_cannot_be_shown_to_be_a_child() =>
        Assert.False(ChildRule.IsChild(People.Person("1", "Sam", "Test", Today) with { DateOfBirth = null }, Today));

    [Fact]
    public void The_day_is_the_UK_day_so_a_birthday_starts_at_UK_midnight_in_summer_time()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London.
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 2), UkDates.Today(time));
    }
}
