using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyContext.Plugin.Layout;

/// <summary>A <see cref="PanelFailure"/> as a reply: the plain error page, or a JSON problem for the API.</summary>
internal static class ErrorReplies
{
    public static IResult Page(PanelFailure failure, bool framed = true) =>
        new RazorComponentResult<ErrorPage>(new Dictionary<string, object?>
        {
            ["Heading"] = failure.Title,
            ["Message"] = failure.Message,
            ["NextStep"] = failure.NextStep,
            ["Framed"] = framed,
        })
        { StatusCode = failure.Status };

    public static IResult Problem(PanelFailure failure) =>
        Results.Problem(title: failure.Title, detail: failure.NextStep is null ? failure.Message : $"{failure.Message} {failure.NextStep}", statusCode: failure.Status);
}
