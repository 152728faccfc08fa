using Graph.Cypher.Values;
using Graph.Cypher.Values.Functions;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// A call of a library function. The argument values go into a buffer owned by this call site, so a
/// call allocates nothing of its own; an operator tree serves one query at a time, and a call site is
/// never re-entered while it evaluates (an expression tree holds no cycles).
/// </summary>
public sealed class FunctionCall : RowExpression
{
    private readonly CypherFunction _function;
    private readonly RowExpression[] _arguments;
    private readonly CypherValue[] _values;

    public FunctionCall(CypherFunction function, RowExpression[] arguments)
    {
        _function = function;
        _arguments = arguments;
        _values = new CypherValue[arguments.Length];
    }

    public override CypherValue Evaluate(QueryContext context)
    {
        for (int i = 0; i < _arguments.Length; i++)
        {
            _values[i] = _arguments[i].Evaluate(context);
        }

        return _function.Invoke(_values, context.Functions);
    }

    public override string ToString() => $"{_function.Name}({string.Join<RowExpression>(", ", _arguments)})";
}
