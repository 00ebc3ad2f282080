using ModelGender = FamilyContext.Plugin.Abstractions.Gender;
using ModelInvolvement = FamilyContext.Plugin.Store.Involvement;

namespace FamilyContext.Plugin.Ingest;

/// <summary>
/// The values a cell may hold, after the mapping's own codes: the model's words and the usual codes for them.
/// Values are compared as <see cref="HeaderKey"/> compares names (case, spaces and punctuation ignored).
/// </summary>
internal sealed class ValueMaps(IngestMapping mapping)
{
    private static readonly Dictionary<string, ModelInvolvement> Involvements = new(StringComparer.Ordinal)
    {
        ["current"] = ModelInvolvement.Current, ["c"] = ModelInvolvement.Current, ["open"] = ModelInvolvement.Current, ["active"] = ModelInvolvement.Current,
        ["historic"] = ModelInvolvement.Historic, ["h"] = ModelInvolvement.Historic, ["closed"] = ModelInvolvement.Historic, ["ended"] = ModelInvolvement.Historic,
        ["none"] = ModelInvolvement.None, ["nonefound"] = ModelInvolvement.None, ["norecord"] = ModelInvolvement.None,
    };

    private static readonly Dictionary<string, ModelGender> Genders = new(StringComparer.Ordinal)
    {
        ["female"] = ModelGender.Female, ["f"] = ModelGender.Female, ["male"] = ModelGender.Male, ["m"] = ModelGender.Male,
        ["other"] = ModelGender.Other, ["o"] = ModelGender.Other, ["unknown"] = ModelGender.Unknown, ["u"] = ModelGender.Unknown,
        ["notknown"] = ModelGender.Unknown, ["notstated"] = ModelGender.Unknown, ["notspecified"] = ModelGender.Unknown,
    };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["caseopen"] = "Case open", ["open"] = "Case open", ["caseclosed"] = "Case closed", ["closed"] = "Case closed",
        ["norecord"] = "No record", ["none"] = "No record",
    };

    private static readonly Dictionary<string, string> YesNo = new(StringComparer.Ordinal)
    {
        ["yes"] = "Yes", ["y"] = "Yes", ["true"] = "Yes", ["1"] = "Yes", ["no"] = "No", ["n"] = "No", ["false"] = "No", ["0"] = "No",
    };

    private readonly Dictionary<string, Dictionary<string, string>> _local = mapping.Values.ToDictionary(
        kv => kv.Key,
        kv => kv.Value.ToDictionary(v => HeaderKey.Of(v.Key), v => v.Value, StringComparer.Ordinal),
        StringComparer.Ordinal);

    public ModelInvolvement? Involvement(string cell) => Involvements.TryGetValue(HeaderKey.Of(Local("involvement", cell)), out var i) ? i : null;

    public ModelGender? Gender(string cell) => Genders.TryGetValue(HeaderKey.Of(Local("gender", cell)), out var g) ? g : null;

    public string? Status(string field, string cell) => Statuses.GetValueOrDefault(HeaderKey.Of(Local(field, cell)));

    public string? YesOrNo(string field, string cell) => YesNo.GetValueOrDefault(HeaderKey.Of(Local(field, cell)));

    /// <summary>The mapping's own translation of a code, or the cell as it is.</summary>
    public string Local(string field, string cell) =>
        _local.TryGetValue(field, out var map) && map.TryGetValue(HeaderKey.Of(cell), out var value) ? value : cell;
}
