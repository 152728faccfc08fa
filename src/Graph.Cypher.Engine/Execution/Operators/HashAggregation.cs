using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values.Aggregation;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Groups by the grouping expressions and folds the aggregates per group. Group keys are interned
/// in a flat key table and aggregator states live in one array indexed group × aggregate, so only
/// new groups (and DISTINCT values) allocate. DISTINCT aggregates share one (group, value) table per aggregate
/// rather than a set per group, which would cost several objects for every group, most of which see one value.
/// Without grouping keys an empty input still gives one row.
/// </summary>
public sealed class HashAggregation(Operator input, ProjectionItem[] groupings, AggregationItem[] aggregates) : Operator(input)
{
    private readonly KeyTable _groups = new(groupings.Length);
    private readonly CypherValue[] _key = new CypherValue[groupings.Length];
    private readonly CypherValue[] _arguments = new CypherValue[aggregates.Length == 0 ? 0 : aggregates.Max(a => a.Arguments.Length)];
    private readonly KeyTable?[] _distinct = [.. aggregates.Select(a => a.IsDistinct && a.Arguments.Length > 0 ? new KeyTable(2) : null)];
    private readonly CypherValue[] _seenKey = new CypherValue[2];
    private IAggregator[] _states = [];
    private int _next = -1;

    public bool IsGrouped => groupings.Length > 0;

    public override string Name => "HashAggregation";

    public override string Details
    {
        get
        {
            var parts = new List<string>();
            foreach (ProjectionItem grouping in groupings)
            {
                parts.Add($"{grouping.Expression} AS {grouping.Name}");
            }

            foreach (AggregationItem aggregate in aggregates)
            {
                parts.Add($"{aggregate} AS {aggregate.Name}");
            }

            return string.Join(", ", parts);
        }
    }

    protected override void Reset(QueryContext context)
    {
        _groups.Clear();
        foreach (KeyTable? seen in _distinct)
        {
            seen?.Clear();
        }

        _next = -1;
    }

    protected override bool Produce(QueryContext context)
    {
        if (_next < 0)
        {
            Consume(context);
            _next = 0;
        }

        if (_next >= _groups.Count)
        {
            return false;
        }

        Emit(context.Row, _next++);
        return true;
    }

    private void Consume(QueryContext context)
    {
        if (groupings.Length == 0)
        {
            AddGroup();
        }

        while (input.Next(context))
        {
            for (int i = 0; i < groupings.Length; i++)
            {
                _key[i] = groupings[i].Expression.Evaluate(context);
            }

            int group = _groups.FindOrAdd(_key, out bool added);
            if (added && groupings.Length > 0)
            {
                AddGroup();
            }

            Accumulate(context, group);
        }
    }

    private void Accumulate(QueryContext context, int group)
    {
        for (int a = 0; a < aggregates.Length; a++)
        {
            RowExpression[] arguments = aggregates[a].Arguments;
            for (int i = 0; i < arguments.Length; i++)
            {
                _arguments[i] = arguments[i].Evaluate(context);
            }

            if (_distinct[a] is { } seen && !FirstSeen(seen, group))
            {
                continue;
            }

            _states[(group * aggregates.Length) + a].Add(_arguments.AsSpan(0, arguments.Length));
        }
    }

    /// <summary>DISTINCT: whether the group meets this first argument for the first time; nulls are never fed.</summary>
    private bool FirstSeen(KeyTable seen, int group)
    {
        if (_arguments[0].IsNull)
        {
            return false;
        }

        _seenKey[0] = CypherValue.Integer(group);
        _seenKey[1] = _arguments[0];
        seen.FindOrAdd(_seenKey, out bool added);
        return added;
    }

    private void AddGroup()
    {
        if (groupings.Length == 0)
        {
            _groups.FindOrAdd(_key, out _);
        }

        int needed = _groups.Count * aggregates.Length;
        if (needed > _states.Length)
        {
            int size = Math.Max(needed, _states.Length * 2);
            Array.Resize(ref _states, size);
        }

        int first = (_groups.Count - 1) * aggregates.Length;
        for (int a = 0; a < aggregates.Length; a++)
        {
            // DISTINCT is applied here when the aggregate has its table (see FirstSeen).
            _states[first + a] = aggregates[a].Function.CreateAggregator(aggregates[a].IsDistinct && _distinct[a] is null);
        }
    }

    private void Emit(CypherValue[] row, int group)
    {
        ReadOnlySpan<CypherValue> key = _groups.Key(group);
        for (int i = 0; i < groupings.Length; i++)
        {
            row[groupings[i].Slot] = key[i];
        }

        for (int a = 0; a < aggregates.Length; a++)
        {
            int index = (group * aggregates.Length) + a;
            row[aggregates[a].Slot] = _states[index].Result();
        }
    }
}
