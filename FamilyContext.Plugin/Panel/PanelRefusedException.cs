namespace FamilyContext.Plugin.Panel;

/// <summary>The panel may not be shown to this worker (e.g. the child's record is restricted). The message is shown to the worker.</summary>
public sealed class PanelRefusedException(string message) : Exception(message);
