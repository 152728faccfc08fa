using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// (from)-[rels*min..max]-(to): a depth-first walk with one neighbour cursor per depth, emitting
/// every path whose length is within bounds; a relationship appears at most once per path.
/// With <paramref name="into"/> the end node is already bound and only paths reaching it count.
/// The relationship list is built only when <see cref="ExpandSpec.RelationshipSlot"/> asks for it.
/// </summary>
public sealed class VarLengthExpand(Operator input, ExpandSpec step, int minHops, int maxHops, bool into = false) : Operator(input)
{
    private readonly List<NeighbourCursor> _cursors = [];
    private int[] _pathRelationships = new int[8];
    private int[] _types = [];
    private int _level = -1;
    private int _target;

    public ExpandSpec Step => step;

    public int MinHops => minHops;

    public int MaxHops => maxHops;

    public override string Name => into ? "VarLengthExpandInto" : "VarLengthExpand";

    public override string Details => $"{step} *{minHops}..{(maxHops == int.MaxValue ? string.Empty : maxHops)}";

    protected override void Reset(QueryContext context)
    {
        _types = step.Types.Resolve(context.Reader);
        _level = -1;
    }

    protected override bool Produce(QueryContext context)
    {
        while (true)
        {
            if (_level < 0)
            {
                if (!StartNextInput(context, out bool emitEmptyPath))
                {
                    return false;
                }

                if (emitEmptyPath)
                {
                    return true;
                }

                continue;
            }

            context.Guard.Tick();
            if (!Cursor(_level).MoveNext(out int neighbour, out int relationship))
            {
                _level--;
                continue;
            }

            if (OnPath(relationship, _level))
            {
                continue;
            }

            int length = _level + 1;
            Remember(_level, relationship);
            if (length < maxHops)
            {
                Cursor(length).Load(context.Reader, neighbour, _types, step.Direction);
                _level = length;
            }

            if (length >= minHops && (!into || neighbour == _target))
            {
                Emit(context, neighbour, length);
                return true;
            }
        }
    }

    private bool StartNextInput(QueryContext context, out bool emitEmptyPath)
    {
        emitEmptyPath = false;
        while (input.Next(context))
        {
            CypherValue from = context.Row[step.FromSlot];
            if (from.IsNull || (into && context.Row[step.ToSlot].IsNull))
            {
                continue;
            }

            int start = from.AsNodeId;
            _target = into ? context.Row[step.ToSlot].AsNodeId : -1;
            _level = maxHops > 0 ? 0 : -1;
            if (_level == 0)
            {
                Cursor(0).Load(context.Reader, start, _types, step.Direction);
            }

            if (minHops == 0 && (!into || start == _target))
            {
                Emit(context, start, 0);
                emitEmptyPath = true;
            }

            return true;
        }

        return false;
    }

    private void Emit(QueryContext context, int end, int length)
    {
        if (!into)
        {
            context.Row[step.ToSlot] = CypherValue.Node(end);
        }

        if (step.RelationshipSlot >= 0)
        {
            var relationships = new CypherValue[length];
            for (int i = 0; i < length; i++)
            {
                relationships[i] = CypherValue.Relationship(_pathRelationships[i]);
            }

            context.Row[step.RelationshipSlot] = CypherValue.List(relationships);
        }
    }

    private bool OnPath(int relationship, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (_pathRelationships[i] == relationship)
            {
                return true;
            }
        }

        return false;
    }

    private void Remember(int index, int relationship)
    {
        if (index >= _pathRelationships.Length)
        {
            Array.Resize(ref _pathRelationships, _pathRelationships.Length * 2);
        }

        _pathRelationships[index] = relationship;
    }

    private NeighbourCursor Cursor(int level)
    {
        while (_cursors.Count <= level)
        {
            _cursors.Add(new NeighbourCursor());
        }

        return _cursors[level];
    }
}
