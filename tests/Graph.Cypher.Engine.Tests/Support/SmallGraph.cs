using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Tests.Support;

/// <summary>
/// n0..n2 :Person {name a/b/c, age 30/40/50}, n3 :Company, n4 and n5 unlabelled.
/// r0 n0-KNOWS->n1, r1 n1-KNOWS->n2, r2 n0-WORKS_AT->n3, r3 n2-KNOWS->n0, r4 n4-KNOWS->n4 (loop), r5 n1-KNOWS->n2 (parallel).
/// </summary>
public sealed class SmallGraph : IDisposable
{
    private readonly TestGraph _graph = TestGraph.Build(
        6,
        [(0, "KNOWS", 1), (1, "KNOWS", 2), (0, "WORKS_AT", 3), (2, "KNOWS", 0), (4, "KNOWS", 4), (1, "KNOWS", 2)],
        n => n < 3 ? ["Person"] : n == 3 ? ["Company"] : [],
        n => n < 3 ? [new("name", PropertyValue.From(((char)('a' + n)).ToString())), new("age", PropertyValue.From(30L + (10 * n)))] : []);

    public Graph.Storage.Reading.IGraphReader Reader => _graph.Reader;

    public void Dispose() => _graph.Dispose();
}
