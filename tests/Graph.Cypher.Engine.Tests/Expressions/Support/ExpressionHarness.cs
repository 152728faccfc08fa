using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Engine.Planning;
using Graph.Cypher.Engine.Planning.Expressions;
using Graph.Cypher.Syntax;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Formatting;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Expressions.Support;

/// <summary>
/// Binds a query ending in RETURN expr AS x, compiles the expression and evaluates it over a row where
/// the named variables of the query's MATCH hold the given values and each WITH has projected its items
/// (one row throughout: enough to feed expressions with values that are not constants).
/// </summary>
internal sealed class ExpressionHarness(IGraphReader reader)
{
    public Dictionary<string, CypherValue> Parameters { get; } = [];

    /// <summary>Plan patterns with <see cref="SingleHopSubqueries"/> instead of refusing them.</summary>
    public bool WithSubqueries { get; init; }

    public SingleHopSubqueries? LastSubqueries { get; private set; }

    /// <summary>The value of a bare expression: RETURN expression AS x.</summary>
    public CypherValue Eval(string expression) => Query($"RETURN {expression} AS x");

    public CypherValue Query(string query, params (string Name, CypherValue Value)[] bindings)
    {
        Prepared prepared = Prepare(query, bindings);
        return prepared.Expression.Evaluate(prepared.Context);
    }

    /// <summary>A bare expression's value in the TCK's literal form ('a', 1.0, [1, 2], (:A {p: 1})).</summary>
    public string Show(string expression) => Format(Eval(expression));

    public string ShowQuery(string query, params (string Name, CypherValue Value)[] bindings) => Format(Query(query, bindings));

    public string Format(CypherValue value) => CypherLiteralFormatter.Format(value, new ReaderValueContext(reader));

    /// <summary>The runtime error a bare expression raises.</summary>
    public CypherError Fails(string expression) => FailsQuery($"RETURN {expression} AS x");

    /// <summary>
    /// The runtime error of a query whose parameters are given as Cypher literals. Parameters have no
    /// static type, so the binder leaves type checks to run time, which is what these tests are after.
    /// </summary>
    public CypherError FailsWith(string query, params (string Name, string Literal)[] parameters)
    {
        foreach ((string name, string literal) in parameters)
        {
            Parameters[name] = Eval(literal);
        }

        return FailsQuery(query);
    }

    public CypherError FailsQuery(string query, params (string Name, CypherValue Value)[] bindings) =>
        Assert.Throws<CypherRuntimeException>(() => Query(query, bindings)).Error;

    public Prepared Prepare(string query, params (string Name, CypherValue Value)[] bindings)
    {
        BoundQuery bound = Binder.Bind(SyntaxTree.Parse(query));
        Assert.False(bound.HasErrors, string.Join("; ", bound.Diagnostics));
        var single = Assert.IsType<BoundSingleQuery>(bound.Body);
        BoundExpression expression = single.Clauses.OfType<BoundReturn>().Last().Projection.Items[0].Expression;

        var slots = new SlotAllocator();
        SingleHopSubqueries? planner = WithSubqueries ? new SingleHopSubqueries(slots) : null;
        var compiler = new ExpressionCompiler(slots, planner ?? (ISubqueryPlanner)new ThrowingSubqueries());
        if (planner is not null)
        {
            planner.Compiler = compiler;
            LastSubqueries = planner;
        }

        Dictionary<string, VariableSymbol> symbols = Symbols(single, expression);
        var assignments = bindings.Select(binding => (Slot: slots.SlotOf(symbols[binding.Name]), binding.Value)).ToList();

        // Each WITH runs once over the single row: its items are compiled like the returned expression.
        var projections = single.Clauses.OfType<BoundWith>()
            .Select(with => with.Projection.Items.Select(item => (Slot: slots.SlotOf(item.Column), Expression: compiler.Compile(item.Expression))).ToList())
            .ToList();
        RowExpression compiled = compiler.Compile(expression);
        var context = new QueryContext(reader, slots.Count, QueryLimits.Default, CancellationToken.None, parameters: Parameters);
        foreach ((int slot, CypherValue value) in assignments)
        {
            context.Row[slot] = value;
        }

        foreach (var items in projections)
        {
            // All items read the row as it was before this WITH, then all are written.
            CypherValue[] values = items.Select(item => item.Expression.Evaluate(context)).ToArray();
            for (int i = 0; i < values.Length; i++)
            {
                context.Row[items[i].Slot] = values[i];
            }
        }

        return new Prepared(compiled, context);
    }

    // The variables a test may bind: those MATCH declares and those the expression reads.
    private static Dictionary<string, VariableSymbol> Symbols(BoundSingleQuery query, BoundExpression expression)
    {
        var symbols = new Dictionary<string, VariableSymbol>(StringComparer.Ordinal);
        foreach (BoundMatch match in query.Clauses.OfType<BoundMatch>())
        {
            foreach (BoundPatternPart part in match.Pattern.Parts)
            {
                IEnumerable<VariableSymbol> declared = part.Nodes.Select(n => n.Variable).Concat(part.Relationships.Select(r => r.Variable));
                foreach (VariableSymbol symbol in part.PathVariable is null ? declared : declared.Append(part.PathVariable))
                {
                    symbols.TryAdd(symbol.Name, symbol);
                }
            }
        }

        foreach (BoundVariableReference reference in BoundTreeWalker.DescendantsAndSelf(expression).OfType<BoundVariableReference>())
        {
            symbols.TryAdd(reference.Symbol.Name, reference.Symbol);
        }

        return symbols;
    }

    internal sealed record Prepared(RowExpression Expression, QueryContext Context);
}
