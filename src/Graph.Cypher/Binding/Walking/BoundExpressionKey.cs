using System.Globalization;

namespace Graph.Cypher.Binding;

/// <summary>
/// A canonical text for an expression, equal for expressions that compute the same thing from the same variables;
/// how ORDER BY finds the projected expressions it repeats. Kinds without a key here are equal only to themselves.
/// </summary>
public static class BoundExpressionKey
{
    public static string Of(BoundExpression expression) => expression switch
    {
        BoundVariableReference variable => variable.Symbol.Name,
        BoundParameter parameter => "$" + parameter.Name,
        BoundLiteral literal => $"{literal.Type}:{Convert.ToString(literal.Value, CultureInfo.InvariantCulture)}",
        BoundPropertyAccess access => $"{Of(access.Target)}.{access.Key}",
        BoundFunctionCall call => $"{call.Function.Name.ToLowerInvariant()}({List(call.Arguments)})",
        BoundAggregate aggregate => aggregate.IsCountStar ? "count(*)"
            : $"{aggregate.Function.Name.ToLowerInvariant()}({(aggregate.IsDistinct ? "DISTINCT " : "")}{List(aggregate.Arguments)})",
        BoundBinaryExpression binary => $"({Of(binary.Left)} {binary.Operator} {Of(binary.Right)})",
        BoundUnaryExpression unary => $"({unary.Operator} {Of(unary.Operand)})",
        BoundIsNull isNull => $"({Of(isNull.Operand)} IS {(isNull.IsNegated ? "NOT " : "")}NULL)",
        BoundListLiteral list => $"[{List(list.Items)}]",
        BoundMapLiteral map => $"{{{string.Join(", ", map.Entries.Select(entry => $"{entry.Key}: {Of(entry.Value)}"))}}}",
        BoundIndex index => $"{Of(index.Target)}[{Of(index.Index)}]",
        BoundLabelPredicate label => $"{Of(label.Target)}:{string.Join(':', label.Labels)}",
        _ => $"{expression.GetType().Name}@{expression.Span.Start}",
    };

    private static string List(IEnumerable<BoundExpression> expressions) => string.Join(", ", expressions.Select(Of));
}
