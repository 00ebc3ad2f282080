using FamilyContext.Plugin.Abstractions;
using Xunit;

namespace FamilyContext.Adapters.Http.Tests;

/// <summary>Dates and restricted flags are read only as the adapter declares: never a guessed date, never an opened record.</summary>
public sealed class CmsValueReaderTests
{
    [Fact]
    public void A_UK_date_is_read_as_the_day_it_names_when_the_adapter_declares_dd_MM_yyyy() =>
        Assert.Equal(new DateOnly(2015, 4, 1), Reader(["dd/MM/yyyy"]).ReadDate("01/04/2015", "person dob"));

    [Fact]
    public void A_date_in_no_declared_format_is_a_failure_never_a_guessed_date()
    {
        var error = Assert.Throws<CmsUnavailableException>(() => Reader(["yyyy-MM-dd"]).ReadDate("01/04/2015", "person dob"));

        Assert.Contains("person dob", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("01/04/2015", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_two_declared_formats_read_as_different_days_is_a_failure()
    {
        var reader = Reader(["dd/MM/yyyy", "MM/dd/yyyy"]);

        Assert.Throws<CmsUnavailableException>(() => reader.ReadDate("01/04/2015", "person dob"));
        Assert.Equal(new DateOnly(2015, 4, 13), reader.ReadDate("13/04/2015", "person dob"));
    }

    [Fact]
    public void A_date_time_is_read_as_the_day_written_whatever_its_offset() =>
        Assert.Equal(new DateOnly(2015, 4, 1), Reader(["yyyy-MM-dd'T'HH:mm:sszzz"]).ReadDate("2015-04-01T23:30:00-05:00", "start"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_absent_or_empty_date_is_unknown(string? value) => Assert.Null(Reader(["yyyy-MM-dd"]).ReadDate(value, "end"));

    [Theory]
    [InlineData("Y", true)]
    [InlineData(" y ", true)]
    [InlineData("N", false)]
    [InlineData("n", false)]
    [InlineData("no", true)]
    [InlineData("false", true)]
    [InlineData("R", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void By_default_only_a_declared_no_opens_a_record(string? value, bool restricted) =>
        Assert.Equal(restricted, Reader(["yyyy-MM-dd"]).ReadRestricted(value));

    [Fact]
    public void Blank_and_missing_flags_mean_what_the_adapter_declares()
    {
        var reader = new CmsValueReader(Description(["yyyy-MM-dd"]) with
        {
            BlankRestrictedFlag = RestrictedFlagMeaning.NotRestricted,
            MissingRestrictedFlag = RestrictedFlagMeaning.Restricted,
        });

        Assert.False(reader.ReadRestricted(""));
        Assert.True(reader.ReadRestricted(null));
        Assert.True(reader.ReadRestricted("maybe"));
    }

    [Fact]
    public void A_declaration_that_could_guess_is_refused_naming_each_setting()
    {
        var errors = CmsValueReader.Check(Description(["dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM"]) with
        {
            PersonRoute = "/people",
            WorkerRoute = "staff",
            NotRestrictedValues = ["N", "y"],
        }, "S");

        Assert.Contains(errors, e => e.Contains("'dd/MM/yyyy' and 'MM/dd/yyyy'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'yyyy-MM', which does not read back a whole date", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("S:PersonRoute", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("S:WorkerRoute must hold '{id}'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("both list 'y'", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_sound_declaration_has_no_errors() =>
        Assert.Empty(CmsValueReader.Check(Description(["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd", "dd/MM/yyyy"]), "S"));

    private static CmsValueReader Reader(string[] formats) => new(Description(formats));

    private static CmsApiDescription Description(string[] formats) => new()
    {
        PersonRoute = "people/{id}",
        RelationshipsRoute = "people/{id}/links",
        WorkerRoute = "staff/{id}",
        HealthRoute = "ping",
        DateFormats = formats,
        RestrictedValues = ["Y"],
        NotRestrictedValues = ["N"],
    };
}
