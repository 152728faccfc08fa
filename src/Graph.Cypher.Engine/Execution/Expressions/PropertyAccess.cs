using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>A property of the node or relationship in a slot; the key token is resolved once per snapshot.</summary>
public sealed class PropertyAccess(RowExpression target, string key) : RowExpression
{
    private IGraphReader? _resolvedFor;
    private int _keyId = -1;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Reader))
        {
            _keyId = context.Reader.PropertyKeyId(key);
            _resolvedFor = context.Reader;
        }

        CypherValue element = target.Evaluate(context);
        if (_keyId < 0)
        {
            return CypherValue.Null;
        }

        return element.Kind switch
        {
            CypherValueKind.Node => StoredValues.ToCypher(context.Reader.NodeProperty(element.AsNodeId, _keyId)),
            CypherValueKind.Relationship => StoredValues.ToCypher(context.Reader.RelationshipProperty(element.AsRelationshipId, _keyId)),
            CypherValueKind.Null => CypherValue.Null,
            _ => throw new QueryExecutionException(ExecutionErrorCodes.TypeError, $"Cannot read property '{key}' of a {element.Kind}."),
        };
    }

    public override string ToString() => target + "." + key;
}
