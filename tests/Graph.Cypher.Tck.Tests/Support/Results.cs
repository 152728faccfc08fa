using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Support;

/// <summary>Builds engine results from TCK cell text, so tests read like feature files.</summary>
public static class Results
{
    public static TckQueryResult Table(string[] columns, params string[][] rows) =>
        new(columns, rows.Select(row => (IReadOnlyList<TckValue>)row.Select(TckValue.Parse).ToList()).ToList());

    public static TckQueryResult Empty() => new([], []);

    public static TckGraphSnapshot Graph(string[] nodes, string[]? labels = null, TckPropertyEntry[]? properties = null) =>
        new(nodes.ToHashSet(), new HashSet<string>(), (labels ?? []).ToHashSet(), (properties ?? []).ToHashSet());
}
