using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Nodes with label.key = value through the store's exact-match index; the value is evaluated
/// once per (re)open, so under Apply it may depend on the outer row.
/// </summary>
public sealed class NodeIndexSeek(int slot, string variable, string label, string key, RowExpression value) : Operator
{
    private int _labelId;
    private int _keyId;
    private Storage.Values.PropertyValue _value;
    private Storage.Values.PropertyValue _twin;
    private int _next;

    public override string Name => "NodeIndexSeek";

    public override string Details => $"({variable}:{label} {{{key}: {value}}})";

    protected override void Reset(QueryContext context)
    {
        _labelId = context.Reader.LabelId(label);
        _keyId = context.Reader.PropertyKeyId(key);
        CypherValue sought = value.Evaluate(context);
        _value = StoredValues.ToProperty(sought) ?? PropertyValue.Null;

        // The index matches stored values exactly, but in Cypher 1 = 1.0: seek the other number form too.
        _twin = sought.Kind switch
        {
            CypherValueKind.Integer => PropertyValue.From((double)sought.AsInteger),
            CypherValueKind.Float when sought.AsFloat == Math.Floor(sought.AsFloat) && Math.Abs(sought.AsFloat) < 9.2e18 => PropertyValue.From((long)sought.AsFloat),
            _ => PropertyValue.Null,
        };
        _next = 0;
    }

    protected override bool Produce(QueryContext context)
    {
        if (_labelId < 0 || _keyId < 0 || _value.IsNull)
        {
            return false;
        }

        ReadOnlySpan<int> nodes = context.Reader.FindNodes(_labelId, _keyId, _value);
        if (_next < nodes.Length)
        {
            context.Row[slot] = CypherValue.Node(nodes[_next++]);
            return true;
        }

        if (_twin.IsNull)
        {
            return false;
        }

        ReadOnlySpan<int> twins = context.Reader.FindNodes(_labelId, _keyId, _twin);
        int index = _next - nodes.Length;
        if (index >= twins.Length)
        {
            return false;
        }

        _next++;
        context.Row[slot] = CypherValue.Node(twins[index]);
        return true;
    }
}
