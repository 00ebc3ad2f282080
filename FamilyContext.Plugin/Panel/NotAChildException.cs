namespace FamilyContext.Plugin.Panel;

/// <summary>The person a panel was asked for is not a child (see <see cref="ChildRule"/>), so no panel is built.</summary>
internal sealed class NotAChildException() : Exception("The person is not a child.");
