namespace Graph.Cypher.Syntax;

public sealed partial class CypherWriter
{
    private void WritePattern(PatternSyntax pattern) => WriteList(pattern.Parts, WritePatternPart);

    private void WritePatternPart(PatternPartSyntax part)
    {
        Append(part.PathVariable is null ? "" : part.PathVariable.Identifier.Text + " = ");
        switch (part.Element)
        {
            case PathPatternSyntax path:
                WritePath(path);
                break;
            case ShortestPathPatternSyntax shortest:
                Append(shortest.IsAll ? "allShortestPaths(" : "shortestPath(").WritePath(shortest.Path);
                Append(")");
                break;
        }
    }

    private void WritePath(PathPatternSyntax path)
    {
        WriteNodePattern(path.Start);
        foreach (var step in path.Steps)
        {
            WriteRelationshipPattern(step.Relationship);
            WriteNodePattern(step.Node);
        }
    }

    private void WriteNodePattern(NodePatternSyntax node)
    {
        Append("(").Append(node.Variable?.Identifier.Text ?? "").WriteNames(node.Labels, ":", "");
        WriteDetails(node.Variable is not null || node.Labels.Count > 0, node.Properties, node.Where);
        Append(")");
    }

    private void WriteRelationshipPattern(RelationshipPatternSyntax relationship)
    {
        Append(relationship.Direction is RelationshipDirection.Incoming or RelationshipDirection.Both ? "<-" : "-");
        var hasDetail = relationship.Variable is not null || relationship.Types.Count > 0 || relationship.Length is not null
            || relationship.Properties is not null || relationship.Where is not null;
        if (hasDetail)
        {
            Append("[").Append(relationship.Variable?.Identifier.Text ?? "");
            if (relationship.Types.Count > 0)
            {
                Append(":").WriteNames(relationship.Types, "", "|");
            }

            WriteLength(relationship.Length);
            var hasName = relationship.Variable is not null || relationship.Types.Count > 0 || relationship.Length is not null;
            WriteDetails(hasName, relationship.Properties, relationship.Where);
            Append("]");
        }

        Append(relationship.Direction is RelationshipDirection.Outgoing or RelationshipDirection.Both ? "->" : "-");
    }

    private void WriteLength(VariableLengthSyntax? length)
    {
        if (length is null)
        {
            return;
        }

        Append("*").Append(length.Minimum?.Token.Text ?? "");
        Append(length.IsRange ? ".." : "").Append(length.Maximum?.Token.Text ?? "");
    }

    private void WriteDetails(bool needsSpace, ExpressionSyntax? properties, ExpressionSyntax? where)
    {
        if (properties is not null)
        {
            Append(needsSpace ? " " : "").WriteExpression(properties);
            needsSpace = true;
        }

        if (where is not null)
        {
            Append(needsSpace ? " WHERE " : "WHERE ").WriteExpression(where);
        }
    }
}
