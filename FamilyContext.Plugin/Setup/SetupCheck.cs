namespace FamilyContext.Plugin.Setup;

/// <summary>
/// One installation check's result, in words for a CMS administrator: what was found and, unless it passed, what to do.
/// Never holds personal data or a token.
/// </summary>
public sealed record SetupCheck(string Area, string Name, SetupStatus Status, string Finding, string? WhatToDo = null)
{
    public static SetupCheck Passed(string area, string name, string finding) => new(area, name, SetupStatus.Passed, finding);

    public static SetupCheck Warning(string area, string name, string finding, string whatToDo) => new(area, name, SetupStatus.Warning, finding, whatToDo);

    public static SetupCheck Failed(string area, string name, string finding, string whatToDo) => new(area, name, SetupStatus.Failed, finding, whatToDo);

    /// <summary>
    /// Why a store or service could not be used, for the administrator: the exception's kind and the first line of its
    /// message (a database's own words, e.g. "no such table"), never its stack.
    /// </summary>
    public static string Cause(Exception e)
    {
        var message = e.Message.Split('\n', 2)[0].Trim();
        return $"{e.GetType().Name}: {(message.Length > 200 ? message[..200] + "…" : message)}";
    }
}
