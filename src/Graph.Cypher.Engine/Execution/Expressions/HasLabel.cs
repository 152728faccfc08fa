using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Values;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// n:A:B: true when the node carries every label; null for null. Label tokens are resolved once per
/// reader. On a relationship the names are its type (r:T), as label expressions read in GQL.
/// Also the label test of a pattern node, (n:A:B), whose target is the node's slot: that is read
/// straight from the row. When the node was just reached over a step whose relationships all end at
/// nodes with these labels in the snapshot (every HAS_PHONE leads to a Phone), the test is skipped.
/// </summary>
public sealed class HasLabel : RowExpression
{
    private readonly RowExpression _target;
    private readonly int _slot;
    private readonly string[] _labels;
    private readonly int[] _labelIds;
    private readonly ExpandSpec? _reachedBy;
    private IGraphReader? _resolvedFor;
    private bool _anyUnknown;
    private bool _implied;

    public HasLabel(RowExpression node, string label)
        : this(node, [label])
    {
    }

    /// <param name="reachedBy">The expansion that bound the node in this row (never null then), if any.</param>
    public HasLabel(RowExpression node, IReadOnlyList<string> labels, ExpandSpec? reachedBy = null)
    {
        _target = node;
        _reachedBy = node is SlotReference ? reachedBy : null;
        _slot = node is SlotReference reference ? reference.Slot : -1;
        _labels = [.. labels];
        _labelIds = new int[_labels.Length];
    }

    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = _slot >= 0 ? context.Row[_slot] : _target.Evaluate(context);
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                return CypherValue.Null;
            case CypherValueKind.Node:
                Resolve(context);
                if (_anyUnknown)
                {
                    return CypherValue.False;
                }

                if (_implied)
                {
                    return CypherValue.True;
                }

                int node = value.AsNodeId;
                IGraphReader reader = context.Reader;
                for (int i = 0; i < _labelIds.Length; i++)
                {
                    if (!reader.HasLabel(node, _labelIds[i]))
                    {
                        return CypherValue.False;
                    }
                }

                return CypherValue.True;
            case CypherValueKind.Relationship:
                string type = context.Graph.TypeOf(value.AsRelationshipId);
                for (int i = 0; i < _labels.Length; i++)
                {
                    if (!string.Equals(_labels[i], type, StringComparison.Ordinal))
                    {
                        return CypherValue.False;
                    }
                }

                return CypherValue.True;
            default:
                throw RuntimeErrors.Type($"Cannot test the labels of a {value.TypeName}");
        }
    }

    public override string ToString() => $"{_target}:{string.Join(':', _labels)}";

    private void Resolve(QueryContext context)
    {
        // As with property keys: a write overlay may create a label mid-query (SET n:New), so an
        // unknown label is only final on a read-only snapshot.
        if (ReferenceEquals(_resolvedFor, context.Reader) && !(_anyUnknown && context.Writer is not null))
        {
            return;
        }

        _anyUnknown = false;
        for (int i = 0; i < _labels.Length; i++)
        {
            _labelIds[i] = context.Reader.LabelId(_labels[i]);
            _anyUnknown |= _labelIds[i] < 0;
        }

        _implied = !_anyUnknown && _reachedBy is not null && Implied(context.Reader, _reachedBy);
        _resolvedFor = context.Reader;
    }

    private bool Implied(IGraphReader reader, ExpandSpec step)
    {
        int[] types = step.Types.Resolve(reader);
        if (types.Length == 0 || types[0] < 0)
        {
            return false;
        }

        foreach (int type in types)
        {
            foreach (int label in _labelIds)
            {
                if (!reader.AllEndsCarryLabel(type, step.Direction, label))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
