namespace FamilyContext.Plugin.Audit;

/// <summary>How a request is named in the audit trail: its method and route template, never the values in the path.</summary>
internal static class RequestNames
{
    public static string Describe(HttpContext http, Endpoint? endpoint = null)
    {
        var route = ((endpoint ?? http.GetEndpoint()) as RouteEndpoint)?.RoutePattern.RawText;
        return $"{http.Request.Method} {(route is null ? "(no route)" : "/" + route.TrimStart('/'))}";
    }
}
