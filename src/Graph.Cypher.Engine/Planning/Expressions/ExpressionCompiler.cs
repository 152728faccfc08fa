using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Planning.Expressions;

/// <summary>
/// Turns bound expressions into evaluators over the shared row. Variables read their slot (iteration
/// variables of comprehensions, quantifiers and reduce get slots of their own), patterns inside
/// expressions become sub-plans built once here, and expressions over constants are folded so they
/// cost nothing per row. Operator semantics are the value library's (Graph.Cypher.Values.Semantics,
/// CypherArithmetic, FunctionRegistry); this class only wires them.
/// </summary>
public sealed partial class ExpressionCompiler(SlotAllocator slots, ISubqueryPlanner subqueries)
{
    /// <summary>Aggregates already computed by the planner: a BoundAggregate found here compiles to a read of that slot.</summary>
    public IReadOnlyDictionary<BoundAggregate, int>? AggregateSlots { get; set; }

    /// <summary>
    /// Expressions already projected into slots (e.g. ORDER BY after a WITH/RETURN that computed
    /// n.x AS y): compile to a slot read. Looked up with the dictionary's own comparer.
    /// </summary>
    public IReadOnlyDictionary<BoundExpression, int>? ProjectedSlots { get; set; }

    public RowExpression Compile(BoundExpression expression)
    {
        if (ProjectedSlots is not null && ProjectedSlots.TryGetValue(expression, out int projected))
        {
            return new SlotReference(projected, Describe(expression));
        }

        RowExpression compiled = CompileKind(expression);
        return compiled is not Literal && IsParameterConstant(expression) ? new OncePerQuery(compiled) : compiled;
    }

    /// <summary>Reads parameters but no row value and calls nothing random: the same for every row of a run.</summary>
    private static bool IsParameterConstant(BoundExpression expression)
    {
        if (expression is BoundParameter)
        {
            return false;
        }

        bool readsParameter = false;
        foreach (BoundExpression node in BoundTreeWalker.DescendantsAndSelf(expression))
        {
            switch (node)
            {
                case BoundParameter:
                    readsParameter = true;
                    break;
                case BoundVariableReference or BoundAggregate or BoundPatternPredicate or BoundPatternComprehension or BoundExistsSubquery
                    or BoundListComprehension or BoundQuantifier or BoundReduce or BoundMapProjection:
                    return false;
                case BoundFunctionCall call when !Graph.Cypher.Values.Functions.FunctionRegistry.Default.TryGet(call.Function.Name, out var function) || !function.IsDeterministic:
                    return false;
            }
        }

        return readsParameter;
    }

    private RowExpression CompileKind(BoundExpression expression)
    {
        return expression switch
        {
            BoundLiteral literal => new Literal(LiteralValue(literal)),
            BoundParameter parameter => new ParameterReference(parameter.Name),
            BoundVariableReference variable => new SlotReference(slots.SlotOf(variable.Symbol), variable.Symbol.Name),
            BoundAggregate aggregate => CompileAggregate(aggregate),
            BoundPropertyAccess access => CompilePropertyAccess(access),
            BoundBinaryExpression binary => CompileBinary(binary),
            BoundComparisonChain chain => CompileChain(chain),
            BoundUnaryExpression unary => CompileUnary(unary),
            BoundIsNull isNull => CompileIsNull(isNull),
            BoundLabelPredicate label => new HasLabel(Compile(label.Target), label.Labels),
            BoundFunctionCall call => CompileFunction(call),
            BoundCase caseExpression => CompileCase(caseExpression),
            BoundListLiteral list => CompileList(list),
            BoundMapLiteral map => CompileMap(map),
            BoundMapProjection projection => CompileMapProjection(projection),
            BoundIndex index => CompileIndex(index),
            BoundSlice slice => CompileSlice(slice),
            BoundListComprehension comprehension => CompileListComprehension(comprehension),
            BoundQuantifier quantifier => CompileQuantifier(quantifier),
            BoundReduce reduce => CompileReduce(reduce),
            BoundPatternPredicate pattern => CompilePatternPredicate(pattern),
            BoundPatternComprehension comprehension => CompilePatternComprehension(comprehension),
            BoundExistsSubquery exists => CompileExists(exists),
            _ => throw new PlanningException($"Expressions of kind {expression.GetType().Name} cannot be evaluated.", expression.Span),
        };
    }

    private static CypherValue LiteralValue(BoundLiteral literal) => literal.Value switch
    {
        null => CypherValue.Null,
        long integer => CypherValue.Integer(integer),
        int integer => CypherValue.Integer(integer),
        double number => CypherValue.Float(number),
        string text => CypherValue.String(text),
        bool truth => CypherValue.Boolean(truth),
        _ => throw new PlanningException($"A literal of type {literal.Value.GetType().Name} is not supported.", literal.Span),
    };

    private SlotReference CompileAggregate(BoundAggregate aggregate) =>
        AggregateSlots is not null && AggregateSlots.TryGetValue(aggregate, out int slot)
            ? new SlotReference(slot, Describe(aggregate))
            : throw new PlanningException($"The aggregate {aggregate.Function.Name}() is not computed where it is used.", aggregate.Span);

    private RowExpression CompilePropertyAccess(BoundPropertyAccess access)
    {
        RowExpression target = Compile(access.Target);

        // A constant target is a map or a temporal (elements are never constants): no graph needed.
        return target is Literal constant && TryFold(() => CypherPropertyAccess.Get(constant.Value, access.Key, graph: null), out Literal? folded)
            ? folded
            : new PropertyAccess(target, access.Key);
    }

    private RowExpression CompileIsNull(BoundIsNull isNull)
    {
        RowExpression operand = Compile(isNull.Operand);
        return operand is Literal constant
            ? new Literal(CypherValue.Boolean(constant.Value.IsNull != isNull.IsNegated))
            : new IsNull(operand, isNull.IsNegated);
    }

    /// <summary>
    /// Evaluates a constant expression now. One that fails is left for run time, where its error
    /// belongs (it may sit in a branch that never runs, e.g. CASE WHEN false THEN 1 / 0 END).
    /// </summary>
    private static bool TryFold(Func<CypherValue> compute, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Literal? folded)
    {
        try
        {
            folded = new Literal(compute());
            return true;
        }
        catch (CypherRuntimeException)
        {
            folded = null;
            return false;
        }
    }

    private static bool AllConstant(RowExpression[] expressions)
    {
        foreach (RowExpression expression in expressions)
        {
            if (expression is not Literal)
            {
                return false;
            }
        }

        return true;
    }

    private static CypherValue[] ConstantValues(RowExpression[] expressions)
    {
        var values = new CypherValue[expressions.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ((Literal)expressions[i]).Value;
        }

        return values;
    }

    // The name EXPLAIN shows for a slot that holds an already computed expression.
    private static string Describe(BoundExpression expression) => expression switch
    {
        BoundVariableReference variable => variable.Symbol.Name,
        BoundPropertyAccess access => Describe(access.Target) + "." + access.Key,
        BoundAggregate aggregate => aggregate.IsCountStar ? "count(*)" : $"{aggregate.Function.Name}(...)",
        BoundFunctionCall call => $"{call.Function.Name}(...)",
        _ => "expr@" + expression.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
