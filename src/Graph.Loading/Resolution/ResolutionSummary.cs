namespace Graph.Loading.Resolution;

/// <summary>What entity resolution did in one load: references by reason, entities by strength, weak ids kept.</summary>
public sealed record ResolutionSummary(
    long References,
    IReadOnlyDictionary<string, long> ByMatched,
    long PersonsStrong,
    long PersonsWeak,
    long CompaniesStrong,
    long CompaniesWeak,
    long InvalidIdsKept,
    long HubIdentifiers)
{
    public static ResolutionSummary Empty { get; } =
        new(0, new Dictionary<string, long>(StringComparer.Ordinal), 0, 0, 0, 0, 0, 0);
}
