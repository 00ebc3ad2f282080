using System.Net;
using System.Text.RegularExpressions;

namespace FamilyContext.Plugin.Tests.Support;

/// <summary>Submits a page's form as a browser would: with the anti-forgery token the page carries.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient browser, string page, string action, params (string Name, string Value)[] fields)
    {
        var html = await browser.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token(html) ?? throw new InvalidOperationException($"{page} has no anti-forgery token");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await browser.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    /// <summary>The anti-forgery token a page's form carries, or null.</summary>
    public static string? Token(string html) => TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
