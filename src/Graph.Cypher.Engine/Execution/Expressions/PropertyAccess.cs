using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>A property of the node or relationship in a slot; the key token is resolved once per snapshot.</summary>
public sealed class PropertyAccess(RowExpression target, string key) : RowExpression
{
    private IGraphReader? _resolvedFor;
    private int _keyId = -1;

    public override SlotValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Reader))
        {
            _keyId = context.Reader.PropertyKeyId(key);
            _resolvedFor = context.Reader;
        }

        SlotValue element = target.Evaluate(context);
        if (_keyId < 0)
        {
            return SlotValue.Null;
        }

        return element.Kind switch
        {
            SlotKind.Node => SlotValue.FromProperty(context.Reader.NodeProperty(element.AsNode, _keyId)),
            SlotKind.Relationship => SlotValue.FromProperty(context.Reader.RelationshipProperty(element.AsRelationship, _keyId)),
            SlotKind.Null => SlotValue.Null,
            _ => throw new QueryExecutionException(ExecutionErrorCodes.TypeError, $"Cannot read property '{key}' of a {element.Kind}."),
        };
    }

    public override string ToString() => target + "." + key;
}
