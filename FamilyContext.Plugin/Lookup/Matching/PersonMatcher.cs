using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Lookup.Matching;

/// <summary>
/// Scores a CMS person against a service record. Precision comes before recall: a wrong match shows one
/// family's record to another family's worker. The score is documented in docs/matching.md; change both together.
/// </summary>
internal static class PersonMatcher
{
    public const int ConfirmedThreshold = 85;
    public const int PossibleThreshold = 65;

    /// <summary>Changes whenever the score changes, so answers cached under the old rules are not served.</summary>
    public const int Version = 4;

    // A strong identifier that agrees still needs this much agreement from name and date of birth to be
    // confirmed; without it the record is only possible (a mistyped NHS number belongs to someone else).
    private const int StrongCorroboration = 40;
    private const string DateOfBirthDisagrees = "date of birth";

    public static MatchResult Match(CmsPerson person, RecordPerson record)
    {
        var agreed = new List<string>();
        var disagreed = new List<string>();
        var fuzzy = FuzzyScore(person, record, agreed, disagreed, out var dobExact, out var firstNameAgrees);

        var strong = StrongIdentifiers(person, record).Where(s => s.Ours is not null && s.Theirs is not null).ToList();
        if (strong.FirstOrDefault(s => s.Ours != s.Theirs) is { Label: { } different })
        {
            // Two different strong identifiers mean two different people, whatever the names (or another identifier) say.
            disagreed.Insert(0, different);
            return new MatchResult(0, MatchLevel.None, agreed, disagreed);
        }

        if (strong.Count > 0)
        {
            agreed.InsertRange(0, strong.Select(s => s.Label));
            // A flatly different date of birth means the identifier may have been keyed against the wrong person
            // (a father and son of the same name at one address): never more than possible.
            var dobDisagrees = disagreed.Contains(DateOfBirthDisagrees);
            var level = fuzzy >= StrongCorroboration && !dobDisagrees ? MatchLevel.Confirmed : MatchLevel.Possible;
            return new MatchResult(100, level, agreed, disagreed);
        }

        var fuzzyLevel = fuzzy >= ConfirmedThreshold && dobExact && firstNameAgrees ? MatchLevel.Confirmed
            : fuzzy >= PossibleThreshold ? MatchLevel.Possible
            : MatchLevel.None;
        return new MatchResult(Math.Max(0, fuzzy), fuzzyLevel, agreed, disagreed);
    }

    private static IEnumerable<(string Label, string? Ours, string? Theirs)> StrongIdentifiers(CmsPerson p, RecordPerson r)
    {
        yield return ("NHS number", NameKeys.NhsNumber(p.NhsNumber), NameKeys.NhsNumber(r.NhsNumber));
        yield return ("Unique pupil number", NameKeys.Alphanumeric(p.Upn), NameKeys.Alphanumeric(r.Upn));
        yield return ("Council person key", NameKeys.Alphanumeric(p.PersonKey), NameKeys.Alphanumeric(r.PersonKey));
    }

    private static int FuzzyScore(CmsPerson p, RecordPerson r, List<string> agreed, List<string> disagreed, out bool dobExact, out bool firstNameAgrees)
    {
        var score = 0;
        firstNameAgrees = false;
        dobExact = false;

        if (NameKeys.Name(p.FirstName) is { } pf && NameKeys.Name(r.FirstName) is { } rf)
        {
            if (pf == rf) { score += 25; agreed.Add("first name"); firstNameAgrees = true; }
            else if (Nicknames.AreVariants(pf, rf)) { score += 20; agreed.Add("first name (a known variant)"); firstNameAgrees = true; }
            // One letter different is also how twins' names differ (Aidan and Aiden): it never confirms on its own.
            else if (pf.Length >= 4 && EditDistance.WithinOne(pf, rf)) { score += 15; agreed.Add("first name (one letter different)"); }
            else if ((pf.Length == 1 || rf.Length == 1) && pf[0] == rf[0]) { score += 5; agreed.Add("first initial"); }
            else { score -= 20; disagreed.Add("first name"); }
        }

        if (NameKeys.Name(p.FamilyName) is { } pl && NameKeys.Name(r.FamilyName) is { } rl)
        {
            if (pl == rl) { score += 25; agreed.Add("family name"); }
            else if (pl.Length >= 4 && EditDistance.WithinOne(pl, rl)) { score += 18; agreed.Add("family name (one letter different)"); }
            else if (SharesDoubleBarrelledPart(p.FamilyName!, r.FamilyName!)) { score += 20; agreed.Add("part of a double-barrelled family name"); }
            else { disagreed.Add("family name (may have changed)"); }
        }

        if (p.DateOfBirth is DateOnly pd && r.DateOfBirth is DateOnly rd)
        {
            if (pd == rd) { score += 30; agreed.Add("date of birth"); dobExact = true; }
            else if (pd.Year == rd.Year && pd.Day == rd.Month && pd.Month == rd.Day) { score += 15; agreed.Add("date of birth (day and month swapped)"); }
            else if (OneDigitApart(pd, rd)) { score += 12; agreed.Add("date of birth (one digit different)"); }
            else { score -= 30; disagreed.Add(DateOfBirthDisagrees); }
        }

        if (NameKeys.Postcode(p.Address?.Postcode) is { } pp && NameKeys.Postcode(r.Postcode) is { } rp)
        {
            if (pp == rp) { score += 20; agreed.Add("postcode"); }
            else if (NameKeys.OutwardCode(pp) is { } po && po == NameKeys.OutwardCode(rp)) { score += 8; agreed.Add("postcode district"); disagreed.Add("full postcode"); }
            else { disagreed.Add("postcode"); }
        }

        if (p.Gender != Gender.Unknown && r.Gender != Gender.Unknown && p.Gender != r.Gender)
        {
            score -= 15;
            disagreed.Add("gender");
        }

        return score;
    }

    private static bool SharesDoubleBarrelledPart(string a, string b)
    {
        static IEnumerable<string> Parts(string name) =>
            name.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries).Select(NameKeys.Name).OfType<string>();
        var pa = Parts(a).ToHashSet(StringComparer.Ordinal);
        var pb = Parts(b).ToList();
        return (pa.Count > 1 || pb.Count > 1) && pb.Any(pa.Contains);
    }

    private static bool OneDigitApart(DateOnly a, DateOnly b)
    {
        var x = a.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var y = b.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return x.Zip(y).Count(pair => pair.First != pair.Second) == 1;
    }
}
