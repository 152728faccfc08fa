namespace Graph.Cypher.Syntax;

public sealed partial class CypherWriter
{
    private void WriteQuery(QuerySyntax query)
    {
        if (query.Prefix != QueryPrefix.None)
        {
            Append(query.Prefix.ToString().ToUpperInvariant()).Append("\n");
        }

        WriteSingleQuery(query.First);
        foreach (var union in query.Unions)
        {
            Append(union.IsAll ? "\nUNION ALL\n" : "\nUNION\n");
            WriteSingleQuery(union.Query);
        }
    }

    private void WriteSingleQuery(SingleQuerySyntax query) => WriteList(query.Clauses, WriteClause, "\n");

    private void WriteClause(ClauseSyntax clause)
    {
        switch (clause)
        {
            case MatchClauseSyntax match:
                Append(match.IsOptional ? "OPTIONAL MATCH " : "MATCH ").WritePattern(match.Pattern);
                WriteWhere(match.Where);
                break;
            case UnwindClauseSyntax unwind:
                Append("UNWIND ").WriteExpression(unwind.Expression);
                Append(" AS ").Append(unwind.Variable.Identifier.Text);
                break;
            case WithClauseSyntax with:
                Append("WITH ").WriteProjection(with.Projection);
                WriteWhere(with.Where);
                break;
            case ReturnClauseSyntax @return:
                Append("RETURN ").WriteProjection(@return.Projection);
                break;
            case CreateClauseSyntax create:
                Append("CREATE ").WritePattern(create.Pattern);
                break;
            case MergeClauseSyntax merge:
                WriteMerge(merge);
                break;
            case SetClauseSyntax set:
                Append("SET ").WriteList(set.Items, WriteSetItem);
                break;
            case RemoveClauseSyntax remove:
                Append("REMOVE ").WriteList(remove.Items, WriteRemoveItem);
                break;
            case DeleteClauseSyntax delete:
                Append(delete.IsDetach ? "DETACH DELETE " : "DELETE ").WriteList(delete.Expressions, WriteExpression);
                break;
            case CallClauseSyntax call:
                WriteCall(call);
                break;
        }
    }

    private void WriteProjection(ProjectionBodySyntax projection)
    {
        Append(projection.IsDistinct ? "DISTINCT " : "").Append(projection.IncludesExisting ? "*" : "");
        Append(projection.IncludesExisting && projection.Items.Count > 0 ? ", " : "");
        WriteList(projection.Items, item =>
        {
            WriteExpression(item.Expression);
            Append(item.Alias is null ? "" : " AS " + item.Alias.Identifier.Text);
        });
        if (projection.OrderBy.Count > 0)
        {
            Append(" ORDER BY ").WriteList(projection.OrderBy, item =>
            {
                WriteExpression(item.Expression);
                Append(item.IsDescending ? " DESC" : "");
            });
        }

        WriteOptional(" SKIP ", projection.Skip);
        WriteOptional(" LIMIT ", projection.Limit);
    }

    private void WriteMerge(MergeClauseSyntax merge)
    {
        Append("MERGE ").WritePatternPart(merge.Pattern);
        foreach (var action in merge.Actions)
        {
            Append(action.IsOnCreate ? " ON CREATE SET " : " ON MATCH SET ").WriteList(action.Items, WriteSetItem);
        }
    }

    private void WriteSetItem(SetItemSyntax item)
    {
        switch (item)
        {
            case SetPropertySyntax property:
                WriteExpression(property.Target);
                Append(" = ").WriteExpression(property.Value);
                break;
            case SetVariableSyntax variable:
                Append(variable.Variable.Identifier.Text).Append(variable.IsMerge ? " += " : " = ").WriteExpression(variable.Value);
                break;
            case SetLabelsSyntax labels:
                Append(labels.Variable.Identifier.Text).WriteNames(labels.Labels, ":", "");
                break;
        }
    }

    private void WriteRemoveItem(RemoveItemSyntax item)
    {
        switch (item)
        {
            case RemovePropertySyntax property:
                WriteExpression(property.Target);
                break;
            case RemoveLabelsSyntax labels:
                Append(labels.Variable.Identifier.Text).WriteNames(labels.Labels, ":", "");
                break;
        }
    }

    private void WriteCall(CallClauseSyntax call)
    {
        Append("CALL ").WriteNames(call.NameParts, "", ".");
        if (call.Arguments is not null)
        {
            Append("(").WriteList(call.Arguments, WriteExpression);
            Append(")");
        }

        if (call.YieldsAll)
        {
            Append(" YIELD *");
        }
        else if (call.YieldItems.Count > 0)
        {
            Append(" YIELD ").WriteList(call.YieldItems, item =>
                Append(item.Field.Text).Append(item.Alias is null ? "" : " AS " + item.Alias.Identifier.Text));
            WriteWhere(call.Where);
        }
    }

    private void WriteWhere(ExpressionSyntax? where) => WriteOptional(" WHERE ", where);

    private void WriteOptional(string keyword, ExpressionSyntax? expression)
    {
        if (expression is not null)
        {
            Append(keyword).WriteExpression(expression);
        }
    }
}
