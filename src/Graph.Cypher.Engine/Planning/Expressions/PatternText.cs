using System.Text;
using Graph.Cypher.Binding;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Engine.Planning.Expressions;

/// <summary>A pattern written back as Cypher for EXPLAIN, e.g. (a)-[:KNOWS*1..2]->(:Person); generated names are left out.</summary>
internal static class PatternText
{
    public static string Of(BoundPatternPart part)
    {
        var text = new StringBuilder();
        if (part.PathVariable is { IsGenerated: false } path)
        {
            text.Append(path.Name).Append(" = ");
        }

        Node(text, part.Nodes[0]);
        for (int i = 0; i < part.Relationships.Count; i++)
        {
            Relationship(text, part.Relationships[i]);
            Node(text, part.Nodes[i + 1]);
        }

        return text.ToString();
    }

    private static void Node(StringBuilder text, BoundNodePattern node)
    {
        text.Append('(').Append(Name(node.Variable));
        foreach (string label in node.Labels)
        {
            text.Append(':').Append(label);
        }

        text.Append(')');
    }

    private static void Relationship(StringBuilder text, BoundRelationshipPattern relationship)
    {
        text.Append(relationship.Direction == RelationshipDirection.Incoming ? "<-[" : "-[").Append(Name(relationship.Variable));
        if (relationship.Types.Count > 0)
        {
            text.Append(':').Append(string.Join('|', relationship.Types));
        }

        if (relationship.Length is { } length)
        {
            text.Append('*').Append(length.Minimum).Append("..").Append(length.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }

        text.Append(relationship.Direction == RelationshipDirection.Outgoing ? "]->" : "]-");
    }

    private static string Name(VariableSymbol variable) => variable.IsGenerated ? string.Empty : variable.Name;
}
