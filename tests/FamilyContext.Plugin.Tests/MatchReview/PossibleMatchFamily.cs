using System.Text.Json.Nodes;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Store;
using FamilyContext.Plugin.Tests.Support;

namespace FamilyContext.Plugin.Tests.MatchReview;

/// <summary>A child whose grandfather has a Police possible match: his name and date of birth agree, the postcode does not.</summary>
public sealed class PossibleMatchFamily
{
    public const string Offence = "Other sexual offences";

    public PossibleMatchFamily(PluginFactory factory)
    {
        Factory = factory;
        Child = factory.Cms.Add(People.Person("820001", "Mia", "Ahmed", factory.Today.AddYears(-7)));
        Grandfather = People.Person("820002", "Theodore", "Ahmed", new DateOnly(1958, 3, 14), Gender.Male);
        factory.Cms.Link(Child.Id, Grandfather, RelationshipType.Other, "Grandfather : Granddaughter");
    }

    public PluginFactory Factory { get; }

    public CmsPerson Child { get; }

    public CmsPerson Grandfather { get; }

    public string DetailPath(string session) => $"/panel/{session}/people/{Grandfather.Id}/services/police";

    /// <summary>The police record: at another address unless told otherwise.</summary>
    public ServiceRecord PoliceRecord(string addressLine = "9 Other Road", string postcode = "M1 1AE") =>
        People.Record("police", "P-77", People.AsRecorded(Grandfather) with { AddressLine = addressLine, Postcode = postcode },
            details: new JsonObject { ["safeGuardingOffences"] = new JsonArray(new JsonObject { ["dateOfOffence"] = "2019-05-02", ["typeOfOffence"] = Offence, ["natureOfInvolvement"] = "Convicted" }) });

    public Task LoadAsync(ServiceRecord? record = null) => Factory.Store.LoadAsync("police", Factory.Time.GetUtcNow(), record ?? PoliceRecord());

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, string detailPath, string recordId = "P-77",
        string spokeTo = "PC Pat Checker", string day = "20", string month = "11", string year = "2026", string note = "Date of birth and address checked") =>
        browser.SubmitAsync(detailPath, detailPath + "/review",
            ("recordId", recordId), ("decision", "confirm"), ("spokeTo", spokeTo), ("day", day), ("month", month), ("year", year), ("note", note));

    public static Task<HttpResponseMessage> RejectAsync(HttpClient browser, string detailPath, string reason = "Police say he lives in Manchester, not here") =>
        browser.SubmitAsync(detailPath, detailPath + "/review", ("recordId", "P-77"), ("decision", "reject"), ("note", reason));
}
