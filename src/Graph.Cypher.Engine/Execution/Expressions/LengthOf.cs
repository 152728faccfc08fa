using Graph.Cypher.Values;
using Graph.Cypher.Values.Functions;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// length(x): the binder accepts a path or a string, the library's length only paths; a string's
/// length is its size (in code points), so strings go to size and everything else to length.
/// </summary>
public sealed class LengthOf(RowExpression operand, CypherFunction length, CypherFunction size) : RowExpression
{
    private readonly CypherValue[] _value = new CypherValue[1];

    public override CypherValue Evaluate(QueryContext context)
    {
        _value[0] = operand.Evaluate(context);
        return (_value[0].Kind == CypherValueKind.String ? size : length).Invoke(_value, context.Functions);
    }

    public override string ToString() => $"length({operand})";
}
