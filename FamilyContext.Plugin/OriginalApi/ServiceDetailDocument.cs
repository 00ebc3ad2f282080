using System.Text.Json.Nodes;

namespace FamilyContext.Plugin.OriginalApi;

/// <summary>The original API's <c>ServiceDetail</c>: the summary, a JSON schema of the data, and the data.</summary>
public sealed record ServiceDetailDocument(ServiceSummaryDocument Summary, JsonObject Schema, JsonObject Data);
