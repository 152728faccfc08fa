using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// The whole surface the TCK harness needs from a Cypher engine. An adapter turns the engine's values into
/// <see cref="TckValue"/>s (temporal values as their Cypher string form, because that is how the TCK writes them)
/// and its failures into <see cref="TckQueryError"/>s; it never throws for a failing query.
/// One instance holds one graph and is used from one thread at a time.
/// </summary>
public interface ITckEngine : IDisposable
{
    /// <summary>Empties the graph and forgets every registered procedure.</summary>
    void Reset();

    /// <summary>Makes a table-backed test procedure callable (<c>And there exists a procedure ...</c>).</summary>
    void RegisterProcedure(TckProcedure procedure);

    /// <summary>Runs one query; cancellation is cooperative and only used when a scenario times out.</summary>
    TckQueryOutcome Execute(string query, IReadOnlyDictionary<string, TckValue> parameters, CancellationToken cancellationToken);

    /// <summary>
    /// The graph's contents as sets, so the harness can diff them around a query when the engine reports no
    /// statistics itself. Sets, not counts: <c>SET n.p = 2</c> over <c>p = 1</c> is +1 and -1 property, which a count hides.
    /// </summary>
    TckGraphSnapshot Snapshot();
}
