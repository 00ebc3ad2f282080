using System.Globalization;
using System.Text.Json.Nodes;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;
using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>Turns a service check into the original API's service summary and detail, with a JSON schema of the data.</summary>
internal static class ServiceDocuments
{
    public static ServiceSummaryDocument Summary(ServiceDefinition service, ServiceCheck check)
    {
        var flag = check.Flag;
        bool? recordsAvailable = flag.State switch
        {
            FlagState.Current or FlagState.Historic or FlagState.PossibleMatch => true,
            FlagState.NoRecord => false,
            _ => null,
        };
        return new ServiceSummaryDocument(
            service.Id,
            service.Name,
            flag.CurrentAsOf,
            Date(check.Metadata?.CoverageStart),
            Date(check.Metadata?.CoverageEnd),
            service.Source == SourceKinds.Remote ? "Remote Family Context API" : "Local store",
            recordsAvailable,
            flag.CoverageExplanation,
            flag.State.ToString(),
            flag.Reason,
            service.NoRecordMeans)
        {
            MatchConfidence = flag.State switch
            {
                FlagState.Current or FlagState.Historic => "confirmed",
                FlagState.PossibleMatch => "possible",
                _ => null,
            },
        };
    }

    public static ServiceDetailDocument Detail(ServiceDefinition service, ServiceCheck check)
    {
        var data = new JsonObject();
        if (check.Records.Count > 0 && check.Records[0] is var best)
        {
            var record = best.Record;
            var possible = check.Flag.State == FlagState.PossibleMatch;
            data["matchConfidence"] = possible ? "possible" : "confirmed";
            data["matchEvidence"] = new JsonObject
            {
                ["agreed"] = new JsonArray([.. best.Match.Agreed.Select(a => JsonValue.Create(a))]),
                ["disagreed"] = new JsonArray([.. best.Match.Disagreed.Select(d => JsonValue.Create(d))]),
            };
            if (possible)
            {
                // Who to ask and how it matched, never what the record says: it may be another person's.
                data["contentWithheld"] = PossibleMatchContent.Explanation;
                if (record.Practitioner is { } contact)
                {
                    data["contact"] = new JsonObject { ["name"] = contact.Name, ["email"] = contact.Email, ["phone"] = contact.Phone, ["organisation"] = contact.Organisation };
                }

                return new ServiceDetailDocument(Summary(service, check), Schema(service), data);
            }

            data["serviceInvolvement"] = record.Involvement == Involvement.Current ? "current" : "historic";
            if (best.Review is { } review)
            {
                data["confirmedBy"] = review.DecidedBy;
                data["confirmedOn"] = Date(DateOnly.FromDateTime(review.DecidedAt.UtcDateTime));
            }

            data["startDate"] = Date(record.StartDate);
            data["endDate"] = Date(record.EndDate);
            if (record.Practitioner is { } p)
            {
                data["contact"] = new JsonObject { ["name"] = p.Name, ["email"] = p.Email, ["phone"] = p.Phone, ["role"] = p.Role, ["organisation"] = p.Organisation };
            }

            foreach (var (key, value) in record.Details)
            {
                data[key] = value?.DeepClone();
            }
        }

        return new ServiceDetailDocument(Summary(service, check), Schema(service), data);
    }

    /// <summary>A JSON schema of the data, from the service's configured fields, titled as the panel labels them.</summary>
    public static JsonObject Schema(ServiceDefinition service)
    {
        static JsonObject Text(string title, string? format = null, string? description = null)
        {
            var node = new JsonObject { ["title"] = title, ["type"] = "string" };
            if (format is not null)
            {
                node["format"] = format;
            }

            if (description is not null)
            {
                node["description"] = description;
            }

            return node;
        }

        var properties = new JsonObject
        {
            ["serviceInvolvement"] = Text("Service involvement"),
            ["matchConfidence"] = Text("Match confidence", description:
                "possible or confirmed. For a possible match only matchEvidence, contact (without role) and contentWithheld are given: the record may be another person's."),
            ["matchEvidence"] = new JsonObject
            {
                ["title"] = "Match evidence",
                ["type"] = "object",
                ["description"] = "The details that agree and do not agree with the person (an extension to the original API).",
                ["properties"] = new JsonObject
                {
                    ["agreed"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                    ["disagreed"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                },
            },
            ["contentWithheld"] = Text("Content withheld", description:
                "Present only for a possible match: why the record's content is not given until a worker confirms the match with the practitioner (an extension)."),
            ["confirmedBy"] = Text("Confirmed by", description: "Present when a worker confirmed a possible match with the practitioner: who (an extension)."),
            ["confirmedOn"] = Text("Confirmed on", "date", "Present when a worker confirmed a possible match: the day (an extension)."),
            ["startDate"] = Text("Start date", "date"),
            ["endDate"] = Text("End date", "date"),
            ["contact"] = new JsonObject
            {
                ["title"] = "Contact",
                ["type"] = "object",
                ["properties"] = new JsonObject { ["name"] = Text("Name"), ["email"] = Text("Email"), ["phone"] = Text("Phone"), ["role"] = Text("Role"), ["organisation"] = Text("Organisation") },
            },
        };
        foreach (var field in service.Fields)
        {
            properties[field.Key] = field.Kind switch
            {
                FieldKind.Table => new JsonObject
                {
                    ["title"] = field.Label,
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject(field.Columns.Select(c => c.Split(':', 2)).Select(c =>
                            KeyValuePair.Create(c[0], (JsonNode?)Text(c.Length > 1 ? c[1] : c[0])))),
                    },
                },
                FieldKind.Date => Text(field.Label, "date"),
                FieldKind.Email => Text(field.Label, "email"),
                _ => Text(field.Label),
            };
        }

        return new JsonObject { ["title"] = service.Name, ["type"] = "object", ["properties"] = properties };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
