using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Ingest;

/// <summary>Everything the data-quality report counts, gathered row by row in constant memory (apart from the duplicate check).</summary>
internal sealed class QualityTally
{
    /// <summary>Problems listed one by one in the report; beyond this they are only counted, so a bad 1,000,000-row file still gives a readable report.</summary>
    public const int ListedProblems = 500;

    private readonly Dictionary<string, FieldTally> _fields = new(StringComparer.Ordinal);
    private readonly List<RowProblem> _problems = [];
    private readonly Dictionary<string, long> _cohort = new(StringComparer.Ordinal);

    public IEnumerable<FieldTally> Fields => _fields.Values;

    public IReadOnlyList<RowProblem> Problems => _problems;

    public long ProblemCount { get; private set; }

    public long RowsRead { get; set; }

    public long RowsRejected { get; set; }

    public long RowsLoaded { get; set; }

    public long Current { get; set; }

    public long Historic { get; set; }

    public long NoInvolvement { get; set; }

    public long WithStrongIdentifier { get; set; }

    public long WithPostcode { get; set; }

    public long WithStrongIdentifierOrPostcode { get; set; }

    public long PractitionerName { get; set; }

    public long PractitionerPhone { get; set; }

    public long PractitionerEmail { get; set; }

    public long PossibleDuplicatePeople { get; set; }

    public long EmailsFromDirectory { get; set; }

    public long PhonesFromDirectory { get; set; }

    /// <summary>Each cohort rule, in order, with the rows it left out (valid rows outside the cohort, not errors).</summary>
    public IEnumerable<KeyValuePair<string, long>> Cohort => _cohort;

    public long RowsOutsideCohort { get; private set; }

    public void CohortRules(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _cohort[name] = 0;
        }
    }

    public void OutsideCohort(string rule)
    {
        RowsOutsideCohort++;
        _cohort[rule]++;
    }

    public FieldTally Field(string field)
    {
        if (!_fields.TryGetValue(field, out var tally))
        {
            _fields[field] = tally = new FieldTally(field);
        }

        return tally;
    }

    public void Add(RowProblem problem)
    {
        ProblemCount++;
        if (_problems.Count < ListedProblems)
        {
            _problems.Add(problem);
        }
    }

    public void Loaded(ServiceRecord record)
    {
        RowsLoaded++;
        switch (record.Involvement)
        {
            case Involvement.Current: Current++; break;
            case Involvement.Historic: Historic++; break;
            default: NoInvolvement++; break;
        }

        var p = record.Person;
        var strong = NameKeys.NhsNumber(p.NhsNumber) is not null || NameKeys.Alphanumeric(p.Upn) is not null || NameKeys.Alphanumeric(p.PersonKey) is not null;
        var postcode = NameKeys.Postcode(p.Postcode) is not null;
        WithStrongIdentifier += strong ? 1 : 0;
        WithPostcode += postcode ? 1 : 0;
        WithStrongIdentifierOrPostcode += strong || postcode ? 1 : 0;
        PractitionerName += string.IsNullOrWhiteSpace(record.Practitioner?.Name) ? 0 : 1;
        PractitionerPhone += string.IsNullOrWhiteSpace(record.Practitioner?.Phone) ? 0 : 1;
        PractitionerEmail += string.IsNullOrWhiteSpace(record.Practitioner?.Email) ? 0 : 1;
    }
}
