using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundExpression BindFunctionCall(FunctionCallSyntax call)
    {
        var arguments = call.Arguments.Select(BindExpression).ToList();
        var function = FunctionCallRule.Resolve(call, functions, diagnostics);
        var type = ResultType(function, arguments);
        return function.IsAggregate
            ? new BoundAggregate(call.Span, type, function, arguments, call.IsDistinct, IsCountStar: false)
            : new BoundFunctionCall(call.Span, type, function, arguments);
    }

    private BoundAggregate BindCountStar(CountStarSyntax countStar)
    {
        functions.TryGetFunction("count", out var count);
        count ??= new FunctionSignature("count", 0, 1, true, CypherType.Integer);
        return new BoundAggregate(countStar.Span, CypherType.Integer, count, [], IsDistinct: false, IsCountStar: true);
    }

    // Where the result follows the argument (min, max, collect, head, ...), say so; the catalog gives the rest.
    private static CypherType ResultType(FunctionSignature function, List<BoundExpression> arguments)
    {
        var first = arguments.Count > 0 ? arguments[0].Type : CypherType.Any;
        return function.Name.ToLowerInvariant() switch
        {
            "collect" => CypherType.ListOf(first.Kind == CypherTypeKind.Null ? CypherType.Any : first),
            "min" or "max" => first,
            "coalesce" => arguments.Select(argument => argument.Type).Aggregate(CypherType.Null, (joined, next) => joined.Join(next)),
            "head" or "last" => first.IsList ? first.Element! : CypherType.Any,
            "tail" => first.IsList ? first : CypherType.AnyList,
            "reverse" => first.IsList || first.Kind == CypherTypeKind.String ? first : CypherType.Any,
            "sum" => first.IsNumeric ? first : CypherType.Any,
            "avg" => first.IsNumeric ? CypherType.Float : CypherType.Any,
            _ => function.ReturnType,
        };
    }
}
