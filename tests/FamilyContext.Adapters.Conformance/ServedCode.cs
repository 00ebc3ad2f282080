namespace FamilyContext.CmsSimulators;

/// <summary>
/// A relationship code the simulator was asked to serve from <see cref="SeedFamily.CodeSampler"/>: held from the
/// sampler's side to <paramref name="RelativeId"/>, and held only from the other side by <paramref name="ReverseRelativeId"/>.
/// </summary>
public sealed record ServedCode(string Code, string? Description, string RelativeId, string ReverseRelativeId);
