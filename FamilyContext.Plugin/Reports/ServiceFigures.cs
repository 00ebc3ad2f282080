namespace FamilyContext.Plugin.Reports;

/// <summary>One service over the whole range: in how many panels someone was known to it, and in how many it could not be checked.</summary>
public sealed record ServiceFigures(string ServiceId, int Panels, int PanelsFound, int PanelsUnavailable)
{
    public double FoundRate => Panels == 0 ? 0 : (double)PanelsFound / Panels;

    public double UnavailableShare => Panels == 0 ? 0 : (double)PanelsUnavailable / Panels;
}
