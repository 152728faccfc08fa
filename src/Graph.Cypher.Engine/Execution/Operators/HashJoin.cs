using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Equi-join on a node id: builds a table of the build side's rows (its slots only) keyed by the
/// node in <paramref name="buildKeySlot"/>, then streams the probe side and, per probe row,
/// restores each matching build row's slots. Chained buckets in flat arrays: no object per row.
/// </summary>
public sealed class HashJoin(Operator build, Operator probe, int buildKeySlot, int probeKeySlot, params int[] buildSlots) : Operator(build, probe)
{
    private readonly RowBuffer _buildRows = new(buildSlots.Length);
    private readonly Dictionary<int, int> _firstRowOfNode = [];
    private int[] _nextRow = new int[16];
    private bool _built;
    private int _match = -1;

    public override string Name => "HashJoin";

    public override string Details => $"slot {buildKeySlot} = slot {probeKeySlot}";

    protected override void Reset(QueryContext context)
    {
        _buildRows.Clear();
        _firstRowOfNode.Clear();
        _built = false;
        _match = -1;
    }

    protected override bool Produce(QueryContext context)
    {
        if (!_built)
        {
            Build(context);
        }

        while (_match < 0)
        {
            if (!probe.Next(context))
            {
                return false;
            }

            CypherValue key = context.Row[probeKeySlot];
            _match = !key.IsNull && _firstRowOfNode.TryGetValue(key.AsNodeId, out int first) ? first : -1;
        }

        _buildRows.Restore(_match, context.Row, buildSlots);
        _match = _nextRow[_match];
        return true;
    }

    private void Build(QueryContext context)
    {
        while (build.Next(context))
        {
            CypherValue key = context.Row[buildKeySlot];
            if (key.IsNull)
            {
                continue;
            }

            int row = _buildRows.Append(context.Row, buildSlots);
            if (row >= _nextRow.Length)
            {
                Array.Resize(ref _nextRow, _nextRow.Length * 2);
            }

            _nextRow[row] = _firstRowOfNode.TryGetValue(key.AsNodeId, out int previous) ? previous : -1;
            _firstRowOfNode[key.AsNodeId] = row;
        }

        _built = true;
    }
}
