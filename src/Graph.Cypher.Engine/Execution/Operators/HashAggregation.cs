using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Rows;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Aggregation;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Groups by the grouping expressions and folds the aggregates per group. Group keys are interned
/// in a flat key table and aggregator states live in one array indexed group × aggregate, so only
/// new groups (and DISTINCT values) allocate. DISTINCT aggregates share one (group, value) table per aggregate
/// rather than a set per group, which would cost several objects for every group, most of which see one value.
/// Without grouping keys an empty input still gives one row.
/// When the planner knows that the rows of each value of one grouping key arrive together (a node from the scan
/// the input starts with), the groups of that value are complete once the value changes: they are emitted then and
/// the tables start again, so they stay small. Groups still come out in the order they were first seen.
/// </summary>
public sealed class HashAggregation : Operator
{
    private readonly Operator _input;
    private readonly ProjectionItem[] _groupings;
    private readonly AggregationItem[] _aggregates;
    private readonly int _clustered;
    private readonly KeyTable _groups;
    private readonly CypherValue[] _key;
    private readonly CypherValue[][] _arguments;
    private readonly KeyTable?[] _distinct;
    private readonly CypherValue[] _seenKey = new CypherValue[2];
    private IAggregator[] _states = [];
    private int _next = -1;
    private bool _exhausted;
    private bool _pending;

    /// <param name="clustered">The grouping key whose rows arrive together, or -1.</param>
    public HashAggregation(Operator input, ProjectionItem[] groupings, AggregationItem[] aggregates, int clustered = -1)
        : base(input)
    {
        _input = input;
        _groupings = groupings;
        _aggregates = aggregates;
        _clustered = clustered;
        _groups = new KeyTable(groupings.Length);
        _key = new CypherValue[groupings.Length];
        _arguments = [.. aggregates.Select(a => new CypherValue[a.Arguments.Length])];
        _distinct = [.. aggregates.Select(a => a.IsDistinct && a.Arguments.Length > 0 ? new KeyTable(2) : null)];
    }

    public bool IsGrouped => _groupings.Length > 0;

    /// <summary>Whether groups are completed and emitted per value of a clustered grouping key.</summary>
    public bool IsClustered => _clustered >= 0;

    public override string Name => "HashAggregation";

    public override string Details
    {
        get
        {
            var parts = new List<string>();
            foreach (ProjectionItem grouping in _groupings)
            {
                parts.Add($"{grouping.Expression} AS {grouping.Name}");
            }

            foreach (AggregationItem aggregate in _aggregates)
            {
                parts.Add($"{aggregate} AS {aggregate.Name}");
            }

            return string.Join(", ", parts);
        }
    }

    protected override void Reset(QueryContext context)
    {
        ClearGroups();
        _next = -1;
        _exhausted = false;
        _pending = false;
    }

    protected override bool Produce(QueryContext context)
    {
        while (true)
        {
            if (_next >= 0 && _next < _groups.Count)
            {
                Emit(context.Row, _next++);
                return true;
            }

            if (_exhausted)
            {
                return false;
            }

            if (_next >= 0)
            {
                ClearGroups();
            }

            Consume(context);
            _next = 0;
        }
    }

    /// <summary>Folds rows until the input ends or, clustered, until the clustered key moves on to its next value.</summary>
    private void Consume(QueryContext context)
    {
        if (_groupings.Length == 0)
        {
            AddGroup();
        }

        if (_pending)
        {
            // The row that ended the previous batch, evaluated before that batch was emitted over the row.
            _pending = false;
            Accumulate(Group());
        }

        while (_input.Next(context))
        {
            for (int i = 0; i < _groupings.Length; i++)
            {
                _key[i] = _groupings[i].Expression.Evaluate(context);
            }

            Evaluate(context);
            if (_clustered >= 0 && _groups.Count > 0 && !_key[_clustered].Equals(_groups.Key(0)[_clustered]))
            {
                _pending = true;
                return;
            }

            Accumulate(Group());
        }

        _exhausted = true;
    }

    private int Group()
    {
        int group = _groups.FindOrAdd(_key, out bool added);
        if (added && _groupings.Length > 0)
        {
            AddGroup();
        }

        return group;
    }

    private void Evaluate(QueryContext context)
    {
        for (int a = 0; a < _aggregates.Length; a++)
        {
            RowExpression[] arguments = _aggregates[a].Arguments;
            for (int i = 0; i < arguments.Length; i++)
            {
                _arguments[a][i] = arguments[i].Evaluate(context);
            }
        }
    }

    private void Accumulate(int group)
    {
        for (int a = 0; a < _aggregates.Length; a++)
        {
            if (_distinct[a] is { } seen && !FirstSeen(seen, group, _arguments[a][0]))
            {
                continue;
            }

            _states[(group * _aggregates.Length) + a].Add(_arguments[a]);
        }
    }

    /// <summary>DISTINCT: whether the group meets this first argument for the first time; nulls are never fed.</summary>
    private bool FirstSeen(KeyTable seen, int group, CypherValue value)
    {
        if (value.IsNull)
        {
            return false;
        }

        _seenKey[0] = CypherValue.Integer(group);
        _seenKey[1] = value;
        seen.FindOrAdd(_seenKey, out bool added);
        return added;
    }

    private void AddGroup()
    {
        if (_groupings.Length == 0)
        {
            _groups.FindOrAdd(_key, out _);
        }

        int needed = _groups.Count * _aggregates.Length;
        if (needed > _states.Length)
        {
            int size = Math.Max(needed, _states.Length * 2);
            Array.Resize(ref _states, size);
        }

        int first = (_groups.Count - 1) * _aggregates.Length;
        for (int a = 0; a < _aggregates.Length; a++)
        {
            // DISTINCT is applied here when the aggregate has its table (see FirstSeen).
            _states[first + a] = _aggregates[a].Function.CreateAggregator(_aggregates[a].IsDistinct && _distinct[a] is null);
        }
    }

    private void ClearGroups()
    {
        Array.Clear(_states, 0, Math.Min(_states.Length, _groups.Count * _aggregates.Length));
        _groups.Clear();
        foreach (KeyTable? seen in _distinct)
        {
            seen?.Clear();
        }
    }

    private void Emit(CypherValue[] row, int group)
    {
        ReadOnlySpan<CypherValue> key = _groups.Key(group);
        for (int i = 0; i < _groupings.Length; i++)
        {
            row[_groupings[i].Slot] = key[i];
        }

        for (int a = 0; a < _aggregates.Length; a++)
        {
            int index = (group * _aggregates.Length) + a;
            row[_aggregates[a].Slot] = _states[index].Result();
        }
    }
}
