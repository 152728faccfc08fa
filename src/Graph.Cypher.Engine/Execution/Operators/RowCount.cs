using System.Globalization;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// The count of SKIP, LIMIT and Top: a constant, or an expression (a parameter) evaluated once per
/// run, which must give a non-negative integer.
/// </summary>
public sealed class RowCount
{
    private readonly long _constant;
    private readonly RowExpression? _expression;

    private RowCount(long constant, RowExpression? expression)
    {
        _constant = constant;
        _expression = expression;
    }

    /// <summary>The count when known before running (a literal), else null.</summary>
    public long? Constant => _expression is null ? _constant : null;

    public static RowCount Of(RowExpression expression) => new(0, expression);

    public static RowCount Of(long value) => new(value, null);

    public static implicit operator RowCount(long value) => Of(value);

    public long Resolve(QueryContext context)
    {
        if (_expression is null)
        {
            return _constant;
        }

        CypherValue value = _expression.Evaluate(context);
        if (value.Kind != CypherValueKind.Integer)
        {
            throw new CypherRuntimeException(new CypherError(CypherErrorClass.ArgumentError, "InvalidArgumentType", $"SKIP and LIMIT take a non-negative integer, not {value}."));
        }

        if (value.AsInteger < 0)
        {
            throw new CypherRuntimeException(new CypherError(CypherErrorClass.ArgumentError, "NegativeIntegerArgument", $"SKIP and LIMIT take a non-negative integer, not {value.AsInteger}."));
        }

        return value.AsInteger;
    }

    public override string ToString() => _expression?.ToString() ?? _constant.ToString(CultureInfo.InvariantCulture);
}
