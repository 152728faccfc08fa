using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// $name: the value given with the query. Parameters are fixed for a run, so the value is looked up
/// once per parameter set rather than once per row (keyed by the dictionary, not the context, so a
/// cached plan does not keep a finished query's row and snapshot alive). An absent parameter reads
/// as null: the engine refuses to run a query whose parameters are missing before it gets here.
/// </summary>
public sealed class ParameterReference(string name) : RowExpression
{
    private IReadOnlyDictionary<string, CypherValue>? _resolvedFor;
    private CypherValue _value;

    public string Name => name;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Parameters))
        {
            _value = context.Parameters.TryGetValue(name, out CypherValue value) ? value : CypherValue.Null;
            _resolvedFor = context.Parameters;
        }

        return _value;
    }

    public override string ToString() => "$" + name;
}
