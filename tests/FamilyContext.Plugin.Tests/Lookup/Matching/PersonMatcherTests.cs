using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.Lookup.Matching;

public sealed class PersonMatcherTests
{
    private static readonly DateOnly Born = new(1990, 4, 2);
    private static readonly CmsPerson Jessica = People.Person("1", "Jessica", "Testwell", Born, Gender.Female, "SK4 2AB", nhs: "9434765919", upn: "A123");

    private static RecordPerson Recorded(CmsPerson p) => People.AsRecorded(p) with { NhsNumber = null, Upn = null };

    private static MatchResult Match(CmsPerson person, RecordPerson record) => PersonMatcher.Match(person, record);

    [Fact]
    public void Every_detail_agreeing_is_confirmed_with_the_full_score()
    {
        var result = Match(Jessica, Recorded(Jessica));

        Assert.Equal((100, MatchLevel.Confirmed), (result.Score, result.Level));
        Assert.Equal(["first name", "family name", "date of birth", "postcode"], result.Agreed);
    }

    [Fact]
    public void An_agreeing_NHS_number_with_a_different_date_of_birth_is_only_possible_even_with_the_same_names_and_postcode()
    {
        // A mother and daughter of the same name at one address, with the NHS number keyed against the wrong one.
        var daughter = People.Person("2", "Jessica", "Testwell", new DateOnly(2008, 9, 17), Gender.Female, "SK4 2AB", nhs: "9434765919");

        var result = Match(daughter, People.AsRecorded(Jessica));

        Assert.Equal(MatchLevel.Possible, result.Level);
        Assert.Contains("NHS number", result.Agreed);
        Assert.Contains("date of birth", result.Disagreed);
    }

    [Fact]
    public void An_agreeing_NHS_number_confirms_despite_a_changed_surname_and_address()
    {
        var record = Recorded(Jessica) with { FamilyName = "Newname", Postcode = "M1 1AA", NhsNumber = "943 476 5919" };

        var result = Match(Jessica, record);

        Assert.Equal(MatchLevel.Confirmed, result.Level);
        Assert.Equal("NHS number", result.Agreed[0]);
    }

    [Theory]
    [InlineData("upn")]
    [InlineData("person key")]
    public void An_agreeing_pupil_number_or_council_person_key_confirms(string identifier)
    {
        var person = Jessica with { NhsNumber = null, PersonKey = "MDM-1" };
        var record = identifier == "upn" ? Recorded(person) with { Upn = "a123" } : Recorded(person) with { PersonKey = "mdm1" };

        Assert.Equal(MatchLevel.Confirmed, Match(person, record).Level);
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("9999999999")]
    [InlineData("9434765918")]
    [InlineData("943476591")]
    public void A_placeholder_or_invalid_NHS_number_is_neither_evidence_for_nor_against_a_match(string nhs)
    {
        var stranger = People.Person("3", "Jessie", "Otherby", new DateOnly(1971, 1, 1), Gender.Female, "M1 1AA", nhs: nhs);

        var forStranger = Match(stranger, Recorded(Jessica) with { NhsNumber = nhs });
        var againstTrueRecord = Match(Jessica, Recorded(Jessica) with { NhsNumber = nhs });

        Assert.Equal(MatchLevel.None, forStranger.Level);
        Assert.DoesNotContain("NHS number", forStranger.Agreed);
        Assert.Equal(MatchLevel.Confirmed, againstTrueRecord.Level);
        Assert.DoesNotContain("NHS number", againstTrueRecord.Disagreed);
    }

    [Fact]
    public void A_different_NHS_number_rejects_a_record_whose_other_details_all_agree()
    {
        var result = Match(Jessica, Recorded(Jessica) with { NhsNumber = "4010232137" });

        Assert.Equal((0, MatchLevel.None), (result.Score, result.Level));
        Assert.Equal("NHS number", result.Disagreed[0]);
    }

    [Fact]
    public void A_different_pupil_number_rejects_even_when_the_NHS_number_agrees()
    {
        // A child's record carrying a parent's NHS number is a known data-entry slip; the UPN tells them apart.
        var result = Match(Jessica, Recorded(Jessica) with { NhsNumber = "9434765919", Upn = "B999" });

        Assert.Equal(MatchLevel.None, result.Level);
        Assert.Contains("Unique pupil number", result.Disagreed);
    }

    [Fact]
    public void An_agreeing_NHS_number_with_little_else_agreeing_is_only_possible()
    {
        var record = new RecordPerson("Mark", "Other", Born, Gender.Male, null, null, null, "9434765919", null, null);

        Assert.Equal(MatchLevel.Possible, Match(Jessica, record).Level);
    }

    [Fact]
    public void A_day_and_month_swapped_is_possible_not_confirmed()
    {
        var result = Match(Jessica, Recorded(Jessica) with { DateOfBirth = new DateOnly(1990, 2, 4) });

        Assert.Equal((85, MatchLevel.Possible), (result.Score, result.Level));
        Assert.Contains("date of birth (day and month swapped)", result.Agreed);
    }

    [Fact]
    public void A_date_of_birth_one_digit_different_is_possible()
    {
        Assert.Equal(MatchLevel.Possible, Match(Jessica, Recorded(Jessica) with { DateOfBirth = new DateOnly(1990, 4, 3) }).Level);
    }

    [Fact]
    public void A_typo_in_the_family_name_still_confirms()
    {
        var result = Match(Jessica, Recorded(Jessica) with { FamilyName = "Testwel" });

        Assert.Equal((93, MatchLevel.Confirmed), (result.Score, result.Level));
    }

    [Fact]
    public void A_typo_in_the_first_name_is_only_possible()
    {
        var result = Match(Jessica, Recorded(Jessica) with { FirstName = "Jesica" });

        Assert.Equal((90, MatchLevel.Possible), (result.Score, result.Level));
    }

    [Theory]
    [InlineData("Elizabeth", "Liz")]
    [InlineData("Robert", "Bob")]
    [InlineData("William", "Bill")]
    public void A_known_nickname_confirms(string formal, string nickname)
    {
        var person = Jessica with { FirstName = formal };

        var result = Match(person, Recorded(person) with { FirstName = nickname });

        Assert.Equal((95, MatchLevel.Confirmed), (result.Score, result.Level));
        Assert.Contains("first name (a known variant)", result.Agreed);
    }

    [Fact]
    public void A_changed_surname_at_the_same_address_is_possible_and_says_the_name_may_have_changed()
    {
        var result = Match(Jessica, Recorded(Jessica) with { FamilyName = "Marriedname" });

        Assert.Equal((75, MatchLevel.Possible), (result.Score, result.Level));
        Assert.Contains("family name (may have changed)", result.Disagreed);
    }

    [Fact]
    public void A_changed_surname_and_a_move_without_a_strong_identifier_is_not_a_match()
    {
        Assert.Equal(MatchLevel.None, Match(Jessica, Recorded(Jessica) with { FamilyName = "Marriedname", Postcode = "M1 1AA" }).Level);
    }

    [Theory]
    [InlineData("Testwell-Jones", "Testwell")]
    [InlineData("Testwell", "Jones Testwell")]
    public void One_part_of_a_double_barrelled_family_name_confirms(string cms, string recorded)
    {
        var person = Jessica with { FamilyName = cms };

        var result = Match(person, Recorded(person) with { FamilyName = recorded });

        Assert.Equal((95, MatchLevel.Confirmed), (result.Score, result.Level));
    }

    [Fact]
    public void A_twin_with_another_first_name_does_not_match()
    {
        var twin = Recorded(Jessica) with { FirstName = "Olivia" };

        Assert.Equal(MatchLevel.None, Match(Jessica, twin).Level);
    }

    [Fact]
    public void A_twin_whose_name_is_one_letter_different_is_never_confirmed()
    {
        var aidan = People.Person("2", "Aidan", "Testwell", Born, Gender.Male);
        var aidensRecord = Recorded(aidan) with { FirstName = "Aiden" };

        Assert.Equal(MatchLevel.Possible, Match(aidan, aidensRecord).Level);
    }

    [Fact]
    public void Twins_with_their_own_NHS_numbers_never_match_each_other()
    {
        var aidan = People.Person("2", "Aidan", "Testwell", Born, Gender.Male, nhs: "9434765919");
        var aidensRecord = Recorded(aidan) with { FirstName = "Aiden", NhsNumber = "4010232137" };

        Assert.Equal(MatchLevel.None, Match(aidan, aidensRecord).Level);
    }

    [Fact]
    public void A_twin_of_the_other_gender_sharing_a_nickname_is_at_most_possible()
    {
        var samantha = People.Person("3", "Samantha", "Testwell", Born, Gender.Female);
        var samuelsRecord = new RecordPerson("Sam", "Testwell", Born, Gender.Male, null, "SK4 2AB", null, null, null, null);

        Assert.Equal(MatchLevel.Possible, Match(samantha, samuelsRecord).Level);
        Assert.Equal(MatchLevel.Confirmed, Match(People.Person("4", "Samuel", "Testwell", Born, Gender.Male), samuelsRecord).Level);
    }

    [Fact]
    public void A_father_and_son_of_the_same_name_at_the_same_address_do_not_match()
    {
        var son = People.Person("5", "David", "Testwell", new DateOnly(2008, 6, 1), Gender.Male);
        var fathersRecord = Recorded(son) with { DateOfBirth = new DateOnly(1978, 9, 14) };

        Assert.Equal(MatchLevel.None, Match(son, fathersRecord).Level);
    }

    [Fact]
    public void A_namesake_born_the_same_day_elsewhere_is_only_ever_possible()
    {
        var result = Match(Jessica, Recorded(Jessica) with { Postcode = "M1 1AA" });

        Assert.Equal((80, MatchLevel.Possible), (result.Score, result.Level));
        Assert.Contains("postcode", result.Disagreed);
    }

    [Fact]
    public void A_look_alike_born_weeks_apart_elsewhere_does_not_match()
    {
        var lookAlike = Recorded(Jessica) with { DateOfBirth = Born.AddDays(47), Postcode = "M1 1AA" };

        Assert.Equal(MatchLevel.None, Match(Jessica, lookAlike).Level);
    }

    [Fact]
    public void A_first_initial_alone_is_only_possible()
    {
        Assert.Equal(MatchLevel.Possible, Match(Jessica, Recorded(Jessica) with { FirstName = "J" }).Level);
    }

    [Fact]
    public void A_move_within_the_postcode_district_still_confirms()
    {
        var result = Match(Jessica, Recorded(Jessica) with { Postcode = "SK4 9ZZ" });

        Assert.Equal((88, MatchLevel.Confirmed), (result.Score, result.Level));
    }

    [Fact]
    public void A_record_without_a_date_of_birth_is_at_most_possible()
    {
        Assert.Equal(MatchLevel.Possible, Match(Jessica, Recorded(Jessica) with { DateOfBirth = null }).Level);
    }
}
