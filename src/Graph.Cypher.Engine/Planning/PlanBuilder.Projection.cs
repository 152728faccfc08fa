using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Values.Aggregation;

namespace Graph.Cypher.Engine.Planning;

internal sealed partial class PlanBuilder
{
    /// <summary>WITH / RETURN: projection or aggregation, then DISTINCT, ORDER BY, SKIP, LIMIT.</summary>
    private Operator PlanProjection(Operator op, BoundProjection projection, out IReadOnlyList<OutputColumn> columns)
    {
        op = projection.IsAggregating ? PlanAggregation(op, projection) : PlanPlainProjection(op, projection);
        var output = new OutputColumn[projection.Items.Count];
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = new OutputColumn(projection.Items[i].Name, Bind(projection.Items[i].Column));
        }

        if (projection.IsDistinct)
        {
            op = new Distinct(op, [.. output.Select(column => column.Slot)]);
        }

        RowCount? skip = projection.Skip is null ? null : Count(projection.Skip);
        RowCount? limit = projection.Limit is null ? null : Count(projection.Limit);
        if (projection.OrderBy.Count > 0)
        {
            SortKey[] keys = [.. projection.OrderBy.Select(sort => new SortKey(Compile(sort.Expression), sort.IsDescending))];
            if (limit is not null && skip is null)
            {
                op = new Top(op, limit, keys);
                limit = null;
            }
            else
            {
                op = new Sort(op, keys);
            }
        }

        if (skip is not null)
        {
            op = new Skip(op, skip);
        }

        if (limit is not null)
        {
            op = new Limit(op, limit);
        }

        columns = output;
        return op;
    }

    private RowCount Count(BoundExpression expression) =>
        expression is BoundLiteral { Value: long value } && value >= 0 ? RowCount.Of(value) : RowCount.Of(Compile(expression));

    private Operator PlanPlainProjection(Operator op, BoundProjection projection)
    {
        var items = new List<ProjectionItem>();
        foreach (BoundProjectionItem item in projection.Items)
        {
            // WITH a keeps a's slot when the binder reuses the symbol; nothing to copy.
            if (item.Expression is BoundVariableReference reference && ReferenceEquals(reference.Symbol, item.Column))
            {
                continue;
            }

            items.Add(new ProjectionItem(_slots.SlotOf(item.Column), item.Name, Compile(item.Expression)));
        }

        return items.Count == 0 ? op : new Projection(op, [.. items]);
    }

    private Operator PlanAggregation(Operator op, BoundProjection projection)
    {
        var groupings = new List<ProjectionItem>();
        var aggregates = new List<AggregationItem>();
        var finals = new List<ProjectionItem>();
        var groupingColumns = new Dictionary<string, VariableSymbol>(StringComparer.Ordinal);
        foreach (BoundProjectionItem item in projection.GroupingKeys)
        {
            groupings.Add(new ProjectionItem(_slots.SlotOf(item.Column), item.Name, Compile(item.Expression)));
            groupingColumns.TryAdd(BoundExpressionKey.Of(item.Expression), item.Column);
        }

        foreach (BoundProjectionItem item in projection.Aggregates)
        {
            if (item.Expression is BoundAggregate direct)
            {
                aggregates.Add(Aggregate(direct, _slots.SlotOf(item.Column), item.Name));
                continue;
            }

            // A composite like count(*) + 1 or {k: collect(x)}: aggregate into hidden slots, then
            // compute the item from them and from the grouping columns.
            BoundExpression rewritten = BoundExpressionRewriter.Rewrite(item.Expression, candidate =>
            {
                if (candidate is BoundAggregate aggregate)
                {
                    var hidden = new VariableSymbol("  " + BoundExpressionKey.Of(aggregate), SymbolKind.Value, aggregate.Type, aggregate.Span, isGenerated: true);
                    aggregates.Add(Aggregate(aggregate, _slots.SlotOf(hidden), hidden.Name));
                    return new BoundVariableReference(candidate.Span, aggregate.Type, hidden);
                }

                return candidate is not (BoundLiteral or BoundParameter) && groupingColumns.TryGetValue(BoundExpressionKey.Of(candidate), out var column)
                    ? new BoundVariableReference(candidate.Span, column.Type, column)
                    : null;
            });
            finals.Add(new ProjectionItem(_slots.SlotOf(item.Column), item.Name, Compile(rewritten)));
        }

        op = new HashAggregation(op, [.. groupings], [.. aggregates], ClusteredGrouping(op, groupings));
        return finals.Count == 0 ? op : new Projection(op, [.. finals]);
    }

    /// <summary>
    /// A grouping key whose rows arrive together: a variable read straight from the slot of the node scan the input
    /// starts with, through operators that produce each input row's rows one after another and leave that slot alone.
    /// -1 when there is none.
    /// </summary>
    private static int ClusteredGrouping(Operator input, List<ProjectionItem> groupings)
    {
        for (int k = 0; k < groupings.Count; k++)
        {
            if (groupings[k].Expression is SlotReference reference && ComesFromLeadingScan(input, reference.Slot))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool ComesFromLeadingScan(Operator op, int slot)
    {
        while (true)
        {
            switch (op)
            {
                case NodeByLabelScan scan:
                    return scan.Slot == slot;
                case AllNodesScan scan:
                    return scan.Slot == slot;
                case Filter:
                    break;
                case StepOperator step when step.Step.ToSlot != slot && step.Step.RelationshipSlot != slot:
                    break;
                case ExpandIntersect intersect when intersect.First.ToSlot != slot && intersect.First.RelationshipSlot != slot && intersect.Closing.RelationshipSlot != slot:
                    break;
                case Projection projection when projection.Items.All(item => item.Slot != slot || item.Expression is SlotReference { Slot: var same } && same == slot):
                    break;
                case Unwind unwind when unwind.Slot != slot:
                    break;
                case Apply apply when IsSingleRow(apply.Children[0]):
                    // One left row: the right side's rows are the input's.
                    op = apply.Children[1];
                    continue;
                case Apply:
                    break;
                default:
                    return false;
            }

            op = op.Children[0];
        }
    }

    /// <summary>An Argument at the top of the query, possibly under projections: exactly one row.</summary>
    private static bool IsSingleRow(Operator op) =>
        op is Argument || (op is Projection && IsSingleRow(op.Children[0]));

    private AggregationItem Aggregate(BoundAggregate aggregate, int slot, string name)
    {
        if (aggregate.IsCountStar)
        {
            return new AggregationItem(slot, name, AggregateRegistry.CountStar, [], false);
        }

        if (!AggregateRegistry.Default.TryGet(aggregate.Function.Name, out AggregateFunction function))
        {
            throw new PlanningException($"Unknown aggregate function {aggregate.Function.Name}.", aggregate.Span, "SyntaxError", "UnknownFunction");
        }

        return new AggregationItem(slot, name, function, [.. aggregate.Arguments.Select(Compile)], aggregate.IsDistinct);
    }
}
