namespace Graph.Cypher.Values.Aggregation;

/// <summary>
/// The running state of one aggregate for one group. The executor calls <see cref="Add"/> once per
/// row with the evaluated arguments, then <see cref="Result"/> once.
/// </summary>
public interface IAggregator
{
    void Add(ReadOnlySpan<CypherValue> arguments);

    CypherValue Result();
}
