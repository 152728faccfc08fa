using System.Text;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// What CREATE creates for one row, and what MERGE creates when nothing matched: the unbound nodes
/// (in order, so a later node's properties may read an earlier one), then the relationships, then
/// the path. Null property values are skipped by CREATE and rejected by MERGE.
/// </summary>
public sealed class CreatePattern
{
    private readonly CreateNodeItem[] _nodes;
    private readonly CreateRelationshipItem[] _relationships;

    public CreatePattern(CreateNodeItem[] nodes, CreateRelationshipItem[] relationships, CreatePathItem? path = null)
    {
        _nodes = nodes;
        _relationships = relationships;
        Path = path;
    }

    public IReadOnlyList<CreateNodeItem> Nodes => _nodes;

    public IReadOnlyList<CreateRelationshipItem> Relationships => _relationships;

    public CreatePathItem? Path { get; }

    /// <summary>Creates the pattern's elements and writes them (and the path) into their slots.</summary>
    public void Apply(QueryContext context, bool merging)
    {
        TransactionOverlay writer = WriteErrors.Writer(context);
        CypherValue[] row = context.Row;
        foreach (CreateNodeItem node in _nodes)
        {
            if (!node.IsBound)
            {
                List<KeyValuePair<string, PropertyValue>> properties = Properties(context, node.Properties, merging, "node", node.ToString());
                row[node.Slot] = CypherValue.Node(writer.CreateNode(node.Labels, properties));
            }
        }

        foreach (CreateRelationshipItem relationship in _relationships)
        {
            int start = EndNode(row, relationship, relationship.StartSlot);
            int end = EndNode(row, relationship, relationship.EndSlot);
            List<KeyValuePair<string, PropertyValue>> properties = Properties(context, relationship.Properties, merging, "relationship", Describe(relationship));
            row[relationship.Slot] = CypherValue.Relationship(writer.CreateRelationship(relationship.Type, start, end, properties));
        }

        if (Path is { } path)
        {
            row[path.Slot] = CypherValue.Path(BuildPath(row, path));
        }
    }

    public override string ToString()
    {
        if (Path is { } path)
        {
            return path.Variable + " = " + Chain(path);
        }

        var parts = new List<string>();
        var shown = new HashSet<int>();
        foreach (CreateRelationshipItem relationship in _relationships)
        {
            parts.Add(NodeText(relationship.StartSlot, shown) + "-" + relationship + "->" + NodeText(relationship.EndSlot, shown));
        }

        foreach (CreateNodeItem node in _nodes)
        {
            if (shown.Add(node.Slot))
            {
                parts.Add(node.ToString());
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// The properties to store. CREATE skips null values (the key is simply absent); MERGE cannot
    /// create them, since what it creates must be what it would match, and null matches nothing.
    /// </summary>
    private static List<KeyValuePair<string, PropertyValue>> Properties(QueryContext context, RowExpression? expression, bool merging, string element, string pattern)
    {
        var stored = new List<KeyValuePair<string, PropertyValue>>();
        if (expression is null)
        {
            return stored;
        }

        foreach ((string key, CypherValue value) in PropertyValues.Entries(context, expression.Evaluate(context), merging ? "MERGE" : "CREATE"))
        {
            if (value.IsNull)
            {
                if (merging)
                {
                    throw WriteErrors.MergeNullProperty(element, key, pattern);
                }

                continue;
            }

            stored.Add(new(key, PropertyValues.ToStored(key, value)));
        }

        return stored;
    }

    private int EndNode(CypherValue[] row, CreateRelationshipItem relationship, int slot)
    {
        CypherValue node = row[slot];
        return node.Kind switch
        {
            CypherValueKind.Node => node.AsNodeId,
            CypherValueKind.Null => throw WriteErrors.MissingNode(Describe(relationship), NodeName(slot)),
            _ => throw WriteErrors.NotAnElement("CREATE", "a node at the end of " + Describe(relationship), node),
        };
    }

    private static CypherPath BuildPath(CypherValue[] row, CreatePathItem path)
    {
        var nodes = new int[(path.ElementSlots.Count / 2) + 1];
        var relationships = new int[path.ElementSlots.Count / 2];
        for (int i = 0; i < path.ElementSlots.Count; i++)
        {
            CypherValue element = row[path.ElementSlots[i]];
            if (i % 2 == 0)
            {
                nodes[i / 2] = element.AsNodeId;
            }
            else
            {
                relationships[i / 2] = element.AsRelationshipId;
            }
        }

        return new CypherPath(nodes, relationships);
    }

    private string Describe(CreateRelationshipItem relationship) =>
        "(" + NodeName(relationship.StartSlot) + ")-" + relationship + "->(" + NodeName(relationship.EndSlot) + ")";

    private string Chain(CreatePathItem path)
    {
        var text = new StringBuilder();
        var shown = new HashSet<int>();
        int previous = -1;
        for (int i = 0; i < path.ElementSlots.Count; i++)
        {
            int slot = path.ElementSlots[i];
            if (i % 2 == 0)
            {
                text.Append(NodeText(slot, shown));
                previous = slot;
                continue;
            }

            CreateRelationshipItem? relationship = Array.Find(_relationships, r => r.Slot == slot);
            string bracket = relationship?.ToString() ?? "[]";
            text.Append(relationship is not null && relationship.EndSlot == previous && relationship.StartSlot != previous ? "<-" + bracket + "-" : "-" + bracket + "->");
        }

        return text.ToString();
    }

    /// <summary>A node in full on its first mention, by name after that.</summary>
    private string NodeText(int slot, HashSet<int> shown)
    {
        CreateNodeItem? node = Array.Find(_nodes, n => n.Slot == slot);
        if (node is null)
        {
            return "(" + NodeName(slot) + ")";
        }

        return shown.Add(slot) ? node.ToString() : "(" + node.Variable + ")";
    }

    /// <summary>The node's variable; empty when anonymous, "#slot" when the pattern does not list it.</summary>
    private string NodeName(int slot) => Array.Find(_nodes, n => n.Slot == slot)?.Variable ?? "#" + slot;
}
