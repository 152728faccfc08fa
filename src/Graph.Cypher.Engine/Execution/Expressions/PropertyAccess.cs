using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// target.key: a property of a node or relationship (read through the reader by key token, resolved
/// once per reader), an entry of a map, or a component of a temporal value or duration (d.year,
/// dur.days); null gives null, anything else is TypeError: InvalidArgumentType.
/// </summary>
public sealed class PropertyAccess(RowExpression target, string key) : RowExpression
{
    private IGraphReader? _resolvedFor;
    private int _keyId = -1;

    public RowExpression Target => target;

    public string Key => key;

    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = target.Evaluate(context);
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                return CypherValue.Null;
            case CypherValueKind.Node:
                int nodeKey = KeyId(context);
                return nodeKey < 0 ? CypherValue.Null : StoredValues.ToCypher(context.Reader.NodeProperty(value.AsNodeId, nodeKey));
            case CypherValueKind.Relationship:
                int relationshipKey = KeyId(context);
                return relationshipKey < 0 ? CypherValue.Null : StoredValues.ToCypher(context.Reader.RelationshipProperty(value.AsRelationshipId, relationshipKey));
            default:
                // Maps, temporals and the type error for everything else are the value library's rules.
                return CypherPropertyAccess.Get(value, key, context.Graph);
        }
    }

    /// <summary>Evaluate(context).IsNull, without reading a graph element's value: only whether it has one.</summary>
    public bool IsNullAt(QueryContext context)
    {
        CypherValue value = target.Evaluate(context);
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                return true;
            case CypherValueKind.Node:
                int nodeKey = KeyId(context);
                return nodeKey < 0 || !context.Reader.HasNodeProperty(value.AsNodeId, nodeKey);
            case CypherValueKind.Relationship:
                int relationshipKey = KeyId(context);
                return relationshipKey < 0 || !context.Reader.HasRelationshipProperty(value.AsRelationshipId, relationshipKey);
            default:
                return CypherPropertyAccess.Get(value, key, context.Graph).IsNull;
        }
    }

    /// <summary>
    /// The interned id of the element's string value for the key (<see cref="IGraphReader.NodePropertyStringId"/>):
    /// <see cref="StoredStringIds.Absent"/> when the element has no value, <see cref="StoredStringIds.Unknown"/> when
    /// the target is not an element or the reader cannot answer by id.
    /// </summary>
    public int StoredStringIdAt(QueryContext context)
    {
        CypherValue value = target.Evaluate(context);
        switch (value.Kind)
        {
            case CypherValueKind.Node:
                int nodeKey = KeyId(context);
                return nodeKey < 0 ? StoredStringIds.Absent : context.Reader.NodePropertyStringId(value.AsNodeId, nodeKey);
            case CypherValueKind.Relationship:
                int relationshipKey = KeyId(context);
                return relationshipKey < 0 ? StoredStringIds.Absent : context.Reader.RelationshipPropertyStringId(value.AsRelationshipId, relationshipKey);
            default:
                return StoredStringIds.Unknown;
        }
    }

    public override string ToString() => target + "." + key;

    private int KeyId(QueryContext context)
    {
        // A write overlay can learn a key mid-query (SET n.new = 1, then n.new), so "unknown" is only
        // final on a read-only snapshot; a known id never changes for a reader.
        if (!ReferenceEquals(_resolvedFor, context.Reader) || (_keyId < 0 && context.Writer is not null))
        {
            _keyId = context.Reader.PropertyKeyId(key);
            _resolvedFor = context.Reader;
        }

        return _keyId;
    }
}
