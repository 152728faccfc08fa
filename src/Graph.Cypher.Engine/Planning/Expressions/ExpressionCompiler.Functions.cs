using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Functions;

namespace Graph.Cypher.Engine.Planning.Expressions;

public sealed partial class ExpressionCompiler
{
    private static readonly FunctionRegistry Library = FunctionRegistry.Default;

    // Functions folded at plan time see no graph and the plan-time clock; only deterministic ones
    // are folded, and those read neither.
    private static readonly FunctionContext FoldingContext = FunctionContext.Create();

    private RowExpression CompileFunction(BoundFunctionCall call)
    {
        string name = call.Function.Name;
        if (SpecialForm(call, name.ToLowerInvariant()) is { } special)
        {
            return special;
        }

        if (!Library.TryGet(LibraryName(name), out CypherFunction function))
        {
            throw new PlanningException($"The function {name}() is not supported.", call.Span);
        }

        RowExpression[] arguments = CompileAll(call.Arguments);
        if (function.IsDeterministic && AllConstant(arguments)
            && TryFold(() => function.Invoke(ConstantValues(arguments), FoldingContext), out Literal? folded))
        {
            return folded;
        }

        return new FunctionCall(function, arguments);
    }

    // The catalog's aliases the library knows under their other name.
    private static string LibraryName(string name) => name.ToLowerInvariant() switch
    {
        "upper" => "toUpper",
        "lower" => "toLower",
        _ => name,
    };

    /// <summary>The catalog functions the library lacks or that must not evaluate every argument first.</summary>
    private RowExpression? SpecialForm(BoundFunctionCall call, string name)
    {
        switch (name)
        {
            case "exists":
                // exists((a)-->()) is the pattern predicate itself; exists(n.prop) asks for a non-null value.
                return call.Arguments[0] is BoundPatternPredicate pattern
                    ? Compile(pattern)
                    : CompileIsNull(new BoundIsNull(call.Span, CypherType.Boolean, call.Arguments[0], IsNegated: true));
            case "coalesce":
                // Lazy: stops at the first non-null argument, as later ones may be costly or fail.
                RowExpression[] arguments = CompileAll(call.Arguments);
                int first = Array.FindIndex(arguments, argument => argument is not Literal { Value.IsNull: true });
                return first < 0 ? new Literal(CypherValue.Null)
                    : arguments[first] is Literal constant ? constant
                    : new Coalesce(arguments[first..]);
            case "nullif":
                return new NullIf(Compile(call.Arguments[0]), Compile(call.Arguments[1]));
            case "length":
                return new LengthOf(Compile(call.Arguments[0]), Library.Get("length"), Library.Get("size"));
            case "size" when call.Arguments is [BoundPatternComprehension { Projection: BoundVariableReference or BoundLiteral } comprehension]:
                return CompilePatternCount(comprehension, call.Function.Name);
            case "valuetype":
                return new ValueTypeName(Compile(call.Arguments[0]));
            case "point" or "distance" or "point.distance":
                throw new PlanningException($"The function {call.Function.Name}() is not supported: there are no point values.", call.Span);
            default:
                return null;
        }
    }
}
