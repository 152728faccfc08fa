using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// $name: the value given with the query. Parameters are fixed for a run, so the value is looked up
/// once per run rather than once per row. A run is recognised by its row array, which every query
/// context allocates afresh: not by the parameter dictionary (a caller may refill one dictionary
/// between runs) nor by the context itself (a cached plan would keep a finished query's reader and
/// overlay alive). An absent parameter reads as null: the engine refuses to run a query whose
/// parameters are missing before it gets here.
/// </summary>
public sealed class ParameterReference(string name) : RowExpression
{
    private CypherValue[]? _resolvedFor;
    private CypherValue _value;

    public string Name => name;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Row))
        {
            _value = context.Parameters.TryGetValue(name, out CypherValue value) ? value : CypherValue.Null;
            _resolvedFor = context.Row;
        }

        return _value;
    }

    public override string ToString() => "$" + name;
}
