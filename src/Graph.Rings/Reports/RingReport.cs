namespace Graph.Rings.Reports;

/// <summary>
/// What ring detection hands to its consumers (the CLI now, the GraphQL service later): the rings an
/// investigator should see, best first, and how they were obtained. Plain immutable data, so it can be
/// cached, serialised (<see cref="RingJsonWriter"/>) or diffed between runs without the store.
/// </summary>
/// <param name="StoreVersion">The snapshot version the rules ran on; node ids in the report are valid for it only.</param>
/// <param name="MinScore">The score threshold applied; rings below it are not listed.</param>
/// <param name="HitCount">Rule hits that went into the suspicion graph.</param>
/// <param name="CandidateCount">Rings found before the threshold.</param>
public sealed record RingReport(long StoreVersion, double MinScore, int HitCount, int CandidateCount, IReadOnlyList<Ring> Rings);
