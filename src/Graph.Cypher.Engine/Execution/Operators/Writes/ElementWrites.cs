using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>Property writes on whatever a SET or REMOVE target evaluates to.</summary>
internal static class ElementWrites
{
    /// <summary>Whether the target can be written: a node or relationship; null (e.g. from OPTIONAL MATCH) is silently skipped.</summary>
    public static bool IsElement(CypherValue target, string clause) => target.Kind switch
    {
        CypherValueKind.Node or CypherValueKind.Relationship => true,
        CypherValueKind.Null => false,
        _ => throw WriteErrors.NotAnElement(clause, "a node or relationship", target),
    };

    /// <summary>Sets one property of a node or relationship; <see cref="PropertyValue.Null"/> removes it.</summary>
    public static void SetProperty(TransactionOverlay writer, CypherValue element, string key, PropertyValue value)
    {
        if (element.Kind == CypherValueKind.Node)
        {
            writer.SetNodeProperty(element.AsNodeId, key, value);
        }
        else
        {
            writer.SetRelationshipProperty(element.AsRelationshipId, key, value);
        }
    }

    /// <summary>Labels belong to nodes only; null is skipped.</summary>
    public static bool IsNode(CypherValue target, string clause) => target.Kind switch
    {
        CypherValueKind.Node => true,
        CypherValueKind.Null => false,
        _ => throw WriteErrors.NotAnElement(clause, "a node", target),
    };
}
