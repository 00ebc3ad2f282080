using System.Diagnostics.CodeAnalysis;
using FamilyContext.Plugin.Layout;

namespace FamilyContext.Plugin.Panel;

/// <summary>Either the value asked for or the reason it cannot be given.</summary>
public readonly record struct PanelOutcome<T>(T? Value, PanelFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static implicit operator PanelOutcome<T>(PanelFailure failure) => new(default, failure);

    public static implicit operator PanelOutcome<T>(T value) => new(value, null);
}
