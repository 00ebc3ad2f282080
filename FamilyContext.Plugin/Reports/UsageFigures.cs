namespace FamilyContext.Plugin.Reports;

/// <summary>
/// One period's use: panels opened, the distinct children and workers behind them, details opened, and how many panels
/// showed someone known to a service (found), a possible match, or a source that could not be checked.
/// </summary>
public sealed record UsageFigures(
    DateOnly Start,
    string Label,
    int Panels,
    int Children,
    int Workers,
    int Details,
    int PanelsFound,
    int PanelsWithPossibleMatch,
    int MatchesConfirmed,
    int MatchesRejected)
{
    public double DetailsPerPanel => Panels == 0 ? 0 : (double)Details / Panels;

    public double PanelsPerWorker => Workers == 0 ? 0 : (double)Panels / Workers;

    public double FoundRate => Panels == 0 ? 0 : (double)PanelsFound / Panels;

    public double PossibleMatchShare => Panels == 0 ? 0 : (double)PanelsWithPossibleMatch / Panels;
}
