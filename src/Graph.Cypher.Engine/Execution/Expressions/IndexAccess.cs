using Graph.Cypher.Values;
using Graph.Cypher.Values.Elements;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// target[index]: a list element (negative counts from the end, out of range is null), a map entry, or
/// a property of a node or relationship by a computed name. Null on either side gives null. A list
/// indexed by a non-integer is TypeError: ListElementAccessByNonInteger, a map or element by a
/// non-string TypeError: MapElementAccessByNonString, anything else TypeError: InvalidArgumentType.
/// </summary>
public sealed class IndexAccess(RowExpression target, RowExpression index) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => Compute(target.Evaluate(context), index.Evaluate(context), context.Graph);

    /// <summary>The operator on two values; <paramref name="graph"/> is only read for nodes and relationships.</summary>
    public static CypherValue Compute(CypherValue container, CypherValue key, IGraphValueContext? graph)
    {
        if (container.IsNull || key.IsNull)
        {
            return CypherValue.Null;
        }

        switch (container.Kind)
        {
            case CypherValueKind.List:
                return key.Kind == CypherValueKind.Integer ? CypherListOperators.Index(container, key) : throw RuntimeErrors.ListIndexNotInteger(key);
            case CypherValueKind.Map:
                return key.Kind == CypherValueKind.String ? container.AsMap[key.AsString] : throw RuntimeErrors.KeyNotString(key);
            case CypherValueKind.Node:
                return key.Kind == CypherValueKind.String ? Graph(graph).NodeProperty(container.AsNodeId, key.AsString) : throw RuntimeErrors.KeyNotString(key);
            case CypherValueKind.Relationship:
                return key.Kind == CypherValueKind.String
                    ? Graph(graph).RelationshipProperty(container.AsRelationshipId, key.AsString)
                    : throw RuntimeErrors.KeyNotString(key);
            case var _ when container.IsTemporal && key.Kind == CypherValueKind.String:
                return TemporalAccessors.Get(container, key.AsString);
            default:
                throw RuntimeErrors.Type($"Cannot index into a {container.TypeName}");
        }
    }

    public override string ToString() => $"{target}[{index}]";

    private static IGraphValueContext Graph(IGraphValueContext? graph) =>
        graph ?? throw new InvalidOperationException("Reading an element's property needs the graph.");
}
