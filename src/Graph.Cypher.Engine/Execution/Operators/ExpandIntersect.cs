using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Values;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Two directed steps through a new node onto a bound one, (x)-[r1]->(y)-[r2]->(z) with x and z bound: the y of x's
/// relationships that z also has a relationship with, found by looking each y up in z's adjacency (sorted by
/// neighbour) instead of expanding every y and then loading its relationships. Rows come out as Expand followed by
/// ExpandInto gives them: x's relationships in order, and for each the relationships between y and z in order.
/// </summary>
public sealed class ExpandIntersect : Operator
{
    private readonly Operator _input;
    private readonly NeighbourCursor _cursor = new();
    private readonly NeighbourCursor _closing = new();
    private int[] _firstTypes = [];
    private int[] _closingTypes = [];
    private bool _sorted;
    private bool _scanning;
    private bool _loaded;
    private int _target;
    private int _neighbour;
    private int _relationship;

    // Sorted adjacency: z's entries for the current y still to emit, per closing type.
    private int _typeIndex;
    private int _position;
    private int _end;

    public ExpandIntersect(Operator input, ExpandSpec first, ExpandSpec closing)
        : base(input)
    {
        if (first.Direction == Direction.Both || closing.Direction == Direction.Both || first.ToSlot != closing.FromSlot)
        {
            throw new ArgumentException("ExpandIntersect joins two directed steps through one node.");
        }

        _input = input;
        First = first;
        Closing = closing;
    }

    public ExpandSpec First { get; }

    public ExpandSpec Closing { get; }

    public override string Name => "ExpandIntersect";

    public override string Details => $"{First}{Directions.Arrow(Closing.Direction, Closing.RelationshipName + Closing.Types)}({Closing.ToName})";

    protected override void Reset(QueryContext context)
    {
        _firstTypes = First.Types.Resolve(context.Reader);
        _closingTypes = Closing.Types.Resolve(context.Reader);
        _sorted = context.Reader.AdjacencySortedByNeighbour;
        _loaded = false;
        _typeIndex = _closingTypes.Length;
        _scanning = false;
    }

    protected override bool Produce(QueryContext context)
    {
        CypherValue[] row = context.Row;
        IGraphReader reader = context.Reader;
        Direction back = Directions.Reverse(Closing.Direction);
        while (true)
        {
            if (NextClosing(reader, back, out int closingRelationship))
            {
                Bind(row, closingRelationship);
                return true;
            }

            if (_loaded && _cursor.MoveNext(out _neighbour, out _relationship))
            {
                StartClosing(reader, back);
                continue;
            }

            if (!_input.Next(context))
            {
                return false;
            }

            CypherValue from = row[First.FromSlot];
            CypherValue to = row[Closing.ToSlot];
            _loaded = !from.IsNull && !to.IsNull;
            if (_loaded)
            {
                _target = to.AsNodeId;
                _cursor.Load(reader, from.AsNodeId, _firstTypes, First.Direction);
            }
        }
    }

    private void StartClosing(IGraphReader reader, Direction back)
    {
        if (_sorted)
        {
            _typeIndex = 0;
            Find(reader, back);
        }
        else
        {
            // Without sorted adjacency, y's own relationships are walked as ExpandInto walks them.
            _closing.Load(reader, _neighbour, _closingTypes, Closing.Direction);
            _scanning = true;
        }
    }

    private bool NextClosing(IGraphReader reader, Direction back, out int relationship)
    {
        if (_scanning)
        {
            while (_closing.MoveNext(out int neighbour, out relationship))
            {
                if (neighbour == _target)
                {
                    return true;
                }
            }

            _scanning = false;
            return false;
        }

        while (_typeIndex < _closingTypes.Length)
        {
            if (_position < _end)
            {
                reader.Adjacency(_target, _closingTypes[_typeIndex], back, out _, out ReadOnlySpan<int> relationships);
                relationship = relationships[_position++];
                return true;
            }

            if (++_typeIndex < _closingTypes.Length)
            {
                Find(reader, back);
            }
        }

        relationship = -1;
        return false;
    }

    /// <summary>Sets [_position, _end) to z's entries of the current closing type whose neighbour is the current y.</summary>
    private void Find(IGraphReader reader, Direction back)
    {
        reader.Adjacency(_target, _closingTypes[_typeIndex], back, out ReadOnlySpan<int> neighbours, out _);
        int low = LowerBound(neighbours, _neighbour);
        int high = low;
        while (high < neighbours.Length && neighbours[high] == _neighbour)
        {
            high++;
        }

        _position = low;
        _end = high;
    }

    private static int LowerBound(ReadOnlySpan<int> values, int value)
    {
        int low = 0;
        int high = values.Length;
        while (low < high)
        {
            int middle = (int)((uint)(low + high) >> 1);
            if (values[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private void Bind(CypherValue[] row, int closingRelationship)
    {
        row[First.ToSlot] = CypherValue.Node(_neighbour);
        if (First.RelationshipSlot >= 0)
        {
            row[First.RelationshipSlot] = CypherValue.Relationship(_relationship);
        }

        if (Closing.RelationshipSlot >= 0)
        {
            row[Closing.RelationshipSlot] = CypherValue.Relationship(closingRelationship);
        }
    }
}
