using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Formatting;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Arithmetic;

/// <summary>
/// The arithmetic operators. Integers stay integers and overflow is an error, never a wrap; any
/// float operand makes the result a float; null in, null out.
/// </summary>
public static class CypherArithmetic
{
    public static CypherValue Add(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return CypherValue.Null;
        }

        if (left.Kind == CypherValueKind.Integer && right.Kind == CypherValueKind.Integer)
        {
            return CypherValue.Integer(IntegerMath.Add(left.AsInteger, right.AsInteger));
        }

        if (left.IsNumber && right.IsNumber)
        {
            return CypherValue.Float(left.AsNumber + right.AsNumber);
        }

        if (left.Kind == CypherValueKind.List)
        {
            return CypherValue.List(right.Kind == CypherValueKind.List ? left.AsList.Concat(right.AsList) : left.AsList.Append(right));
        }

        if (right.Kind == CypherValueKind.List)
        {
            return CypherValue.List(right.AsList.Prepend(left));
        }

        if (left.Kind == CypherValueKind.String || right.Kind == CypherValueKind.String)
        {
            return Concatenate(left, right);
        }

        return TemporalArithmetic.TryAdd(left, right) ?? throw Unsupported("+", left, right);
    }

    public static CypherValue Subtract(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return CypherValue.Null;
        }

        if (left.Kind == CypherValueKind.Integer && right.Kind == CypherValueKind.Integer)
        {
            return CypherValue.Integer(IntegerMath.Subtract(left.AsInteger, right.AsInteger));
        }

        if (left.IsNumber && right.IsNumber)
        {
            return CypherValue.Float(left.AsNumber - right.AsNumber);
        }

        return TemporalArithmetic.TrySubtract(left, right) ?? throw Unsupported("-", left, right);
    }

    public static CypherValue Multiply(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return CypherValue.Null;
        }

        if (left.Kind == CypherValueKind.Integer && right.Kind == CypherValueKind.Integer)
        {
            return CypherValue.Integer(IntegerMath.Multiply(left.AsInteger, right.AsInteger));
        }

        if (left.IsNumber && right.IsNumber)
        {
            return CypherValue.Float(left.AsNumber * right.AsNumber);
        }

        if (left.Kind == CypherValueKind.Duration && right.IsNumber)
        {
            return CypherValue.Duration(TemporalArithmetic.Scale(left.AsDuration, right, divide: false));
        }

        if (right.Kind == CypherValueKind.Duration && left.IsNumber)
        {
            return CypherValue.Duration(TemporalArithmetic.Scale(right.AsDuration, left, divide: false));
        }

        throw Unsupported("*", left, right);
    }

    public static CypherValue Divide(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return CypherValue.Null;
        }

        if (left.Kind == CypherValueKind.Integer && right.Kind == CypherValueKind.Integer)
        {
            return CypherValue.Integer(IntegerMath.Divide(left.AsInteger, right.AsInteger));
        }

        if (left.IsNumber && right.IsNumber)
        {
            return CypherValue.Float(left.AsNumber / right.AsNumber);
        }

        if (left.Kind == CypherValueKind.Duration && right.IsNumber)
        {
            return CypherValue.Duration(TemporalArithmetic.Scale(left.AsDuration, right, divide: true));
        }

        throw Unsupported("/", left, right);
    }

    public static CypherValue Modulo(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return CypherValue.Null;
        }

        if (left.Kind == CypherValueKind.Integer && right.Kind == CypherValueKind.Integer)
        {
            if (right.AsInteger == 0)
            {
                throw new CypherRuntimeException(CypherError.DivisionByZero("% by zero"));
            }

            // long.MinValue % -1 throws in .NET although the answer is simply 0.
            return CypherValue.Integer(right.AsInteger == -1 ? 0 : left.AsInteger % right.AsInteger);
        }

        if (left.IsNumber && right.IsNumber)
        {
            return CypherValue.Float(left.AsNumber % right.AsNumber);
        }

        throw Unsupported("%", left, right);
    }

    public static CypherValue Power(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return CypherValue.Null;
        }

        return left.IsNumber && right.IsNumber ? CypherValue.Float(Math.Pow(left.AsNumber, right.AsNumber)) : throw Unsupported("^", left, right);
    }

    public static CypherValue Negate(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Integer => CypherValue.Integer(IntegerMath.Negate(value.AsInteger)),
        CypherValueKind.Float => CypherValue.Float(-value.AsFloat),
        CypherValueKind.Duration => CypherValue.Duration(-value.AsDuration),
        _ => throw Fail.Type($"Cannot negate a {value.TypeName}"),
    };

    private static CypherValue Concatenate(CypherValue left, CypherValue right)
    {
        var leftText = CypherStringConversion.TryConvert(left);
        var rightText = CypherStringConversion.TryConvert(right);
        return leftText is null || rightText is null ? throw Unsupported("+", left, right) : CypherValue.String(leftText + rightText);
    }

    private static CypherRuntimeException Unsupported(string symbol, CypherValue left, CypherValue right) =>
        Fail.Type($"Cannot apply '{symbol}' to {left.TypeName} and {right.TypeName}");
}
