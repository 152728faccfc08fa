using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Values;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Both ends already bound: one row per relationship between them (parallel relationships each count). A directed
/// step is walked from whichever end has fewer relationships of the step's types (an address with hundreds of
/// residents is checked from the resident's side) when the reader's adjacency is sorted by neighbour, where both ends
/// list the relationships between them in the same order.
/// </summary>
public sealed class ExpandInto(Operator input, ExpandSpec step) : StepOperator(input, step)
{
    /// <summary>Up to this many relationships the from end is walked without looking at the other end.</summary>
    private const int SmallDegree = 16;

    private bool _loaded;
    private int _target;

    public override string Name => "ExpandInto";

    protected override void ResetStep() => _loaded = false;

    protected override bool Produce(QueryContext context)
    {
        CypherValue[] row = context.Row;
        while (true)
        {
            if (_loaded)
            {
                while (Cursor.MoveNext(out int neighbour, out int relationship))
                {
                    if (neighbour == _target)
                    {
                        BindRelationship(row, CypherValue.Relationship(relationship));
                        return true;
                    }
                }
            }

            if (!Input.Next(context))
            {
                return false;
            }

            CypherValue from = row[Step.FromSlot];
            CypherValue to = row[Step.ToSlot];
            _loaded = !from.IsNull && !to.IsNull;
            if (_loaded)
            {
                Load(context.Reader, from.AsNodeId, to.AsNodeId);
            }
        }
    }

    private void Load(IGraphReader reader, int from, int to)
    {
        Direction direction = Step.Direction;
        // Only where both ends list the relationships between them in the same order (sorted adjacency).
        if (direction != Direction.Both && reader.AdjacencySortedByNeighbour)
        {
            int fromDegree = Degree(reader, from, direction);
            Direction reverse = Directions.Reverse(direction);
            if (fromDegree > SmallDegree && Degree(reader, to, reverse) < fromDegree)
            {
                _target = from;
                Cursor.Load(reader, to, Types, reverse);
                return;
            }
        }

        _target = to;
        Cursor.Load(reader, from, Types, direction);
    }

    private int Degree(IGraphReader reader, int node, Direction direction)
    {
        int degree = 0;
        foreach (int type in Types)
        {
            degree += reader.Degree(node, type, direction);
        }

        return degree;
    }
}
