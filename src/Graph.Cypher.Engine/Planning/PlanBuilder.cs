using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Planning.Expressions;
using Graph.Cypher.Engine.Procedures;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// Plans one bound query into an operator tree, clause by clause: every clause extends the
/// pipeline built so far. One instance per plan: it owns the slot allocation and knows which
/// variables are bound at each point.
/// </summary>
internal sealed partial class PlanBuilder : ISubqueryPlanner
{
    private readonly SlotAllocator _slots = new();
    private readonly ExpressionCompiler _compiler;
    private readonly ProcedureRegistry _procedures;
    private readonly IGraphReader? _statistics;
    private readonly HashSet<VariableSymbol> _bound = new(ReferenceEqualityComparer.Instance);
    private IReadOnlySet<VariableSymbol> _patternSymbols = new HashSet<VariableSymbol>();

    public PlanBuilder(ProcedureRegistry procedures, IGraphReader? statistics)
    {
        _procedures = procedures;
        _statistics = statistics;
        _compiler = new ExpressionCompiler(_slots, this);
    }

    public bool Writes { get; private set; }

    public PhysicalPlan Build(BoundQuery query)
    {
        Operator root = PlanPart(new Argument(), query.Body, out IReadOnlyList<OutputColumn> columns);
        if (columns.Count == 0)
        {
            root = new Discard(root);
        }

        CardinalityEstimator.Estimate(root, _statistics);
        return new PhysicalPlan(root, _slots.Count, columns) { Writes = Writes };
    }

    private Operator PlanPart(Operator input, BoundQueryPart part, out IReadOnlyList<OutputColumn> columns)
    {
        switch (part)
        {
            case BoundSingleQuery single:
                return PlanSingle(input, single, out columns);
            case BoundUnion union:
                return PlanUnion(input, union, out columns);
            default:
                throw new PlanningException($"Unsupported query part {part.GetType().Name}.", part.Span);
        }
    }

    private Operator PlanSingle(Operator input, BoundSingleQuery query, out IReadOnlyList<OutputColumn> columns)
    {
        Operator op = input;
        columns = [];
        for (int i = 0; i < query.Clauses.Count; i++)
        {
            BoundClause clause = query.Clauses[i];
            bool isLast = i == query.Clauses.Count - 1;
            op = PlanClause(op, clause, query.Clauses, i, ref columns);
            if (isLast && clause is not (BoundReturn or BoundCall))
            {
                columns = [];
            }
        }

        return op;
    }

    private Operator PlanUnion(Operator input, BoundUnion union, out IReadOnlyList<OutputColumn> columns)
    {
        Operator left = PlanPart(input is Argument ? new Argument() : input, union.Left, out var leftColumns);
        Operator right = PlanPart(new Argument(), union.Right, out var rightColumns);
        var output = new OutputColumn[union.Columns.Count];
        var leftCopy = new ProjectionItem[output.Length];
        var rightCopy = new ProjectionItem[output.Length];
        for (int i = 0; i < output.Length; i++)
        {
            string name = union.Columns[i];
            int slot = _slots.Temporary();
            output[i] = new OutputColumn(name, slot);
            leftCopy[i] = new ProjectionItem(slot, name, new SlotReference(Find(leftColumns, name), name));
            rightCopy[i] = new ProjectionItem(slot, name, new SlotReference(Find(rightColumns, name), name));
        }

        Operator op = new Union(new Projection(left, leftCopy), new Projection(right, rightCopy));
        if (!union.IsAll)
        {
            op = new Distinct(op, [.. output.Select(column => column.Slot)]);
        }

        columns = output;
        return op;
    }

    private static int Find(IReadOnlyList<OutputColumn> columns, string name)
    {
        foreach (OutputColumn column in columns)
        {
            if (column.Name == name)
            {
                return column.Slot;
            }
        }

        throw new PlanningException($"UNION branches return different columns: {name} is missing.");
    }

    private RowExpression Compile(BoundExpression expression) => _compiler.Compile(expression);

    private int Bind(VariableSymbol symbol)
    {
        _bound.Add(symbol);
        return _slots.SlotOf(symbol);
    }
}
