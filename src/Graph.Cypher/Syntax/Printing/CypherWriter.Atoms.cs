namespace Graph.Cypher.Syntax;

public sealed partial class CypherWriter
{
    private void WriteAtom(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                Append(IsNegatedLiteral(literal) ? "-" : "").Append(literal.Token.Text);
                break;
            case ParameterSyntax parameter:
                Append(parameter.Token.Text);
                break;
            case VariableSyntax variable:
                Append(variable.Identifier.Text);
                break;
            case ListLiteralSyntax list:
                Append("[").WriteList(list.Items, WriteExpression);
                Append("]");
                break;
            case MapLiteralSyntax map:
                Append("{").WriteList(map.Entries, entry => Append(entry.Key.Text).Append(": ").WriteExpression(entry.Value));
                Append("}");
                break;
            case MapProjectionSyntax projection:
                Append(projection.Subject.Identifier.Text).Append(" {").WriteList(projection.Items, WriteMapProjectionItem);
                Append("}");
                break;
            case FunctionCallSyntax call:
                WriteNames(call.NameParts, "", ".");
                Append(call.IsDistinct ? "(DISTINCT " : "(").WriteList(call.Arguments, WriteExpression);
                Append(")");
                break;
            case CountStarSyntax:
                Append("count(*)");
                break;
            case PatternExpressionSyntax pattern:
                WritePath(pattern.Pattern);
                break;
            default:
                WriteCompound(expression);
                break;
        }
    }

    private void WriteCompound(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case CaseExpressionSyntax @case:
                Append("CASE").Append(@case.Subject is null ? "" : " ").WriteOptionalExpression(@case.Subject);
                foreach (var alternative in @case.Alternatives)
                {
                    Append(" WHEN ").WriteExpression(alternative.When);
                    Append(" THEN ").WriteExpression(alternative.Then);
                }

                WriteOptional(" ELSE ", @case.Else);
                Append(" END");
                break;
            case ListComprehensionSyntax comprehension:
                Append("[").Append(comprehension.Variable.Identifier.Text).Append(" IN ").WriteExpression(comprehension.Source);
                WriteWhere(comprehension.Where);
                WriteOptional(" | ", comprehension.Projection);
                Append("]");
                break;
            case PatternComprehensionSyntax comprehension:
                Append("[").Append(comprehension.PathVariable is null ? "" : comprehension.PathVariable.Identifier.Text + " = ");
                WritePath(comprehension.Pattern);
                WriteWhere(comprehension.Where);
                Append(" | ").WriteExpression(comprehension.Projection);
                Append("]");
                break;
            case QuantifierExpressionSyntax quantifier:
                Append(quantifier.Quantifier.ToString().ToLowerInvariant()).Append("(").Append(quantifier.Variable.Identifier.Text);
                Append(" IN ").WriteExpression(quantifier.Source);
                WriteWhere(quantifier.Where);
                Append(")");
                break;
            case ReduceExpressionSyntax reduce:
                Append("reduce(").Append(reduce.Accumulator.Identifier.Text).Append(" = ").WriteExpression(reduce.Initial);
                Append(", ").Append(reduce.Variable.Identifier.Text).Append(" IN ").WriteExpression(reduce.Source);
                Append(" | ").WriteExpression(reduce.Step);
                Append(")");
                break;
            case ExistsSubquerySyntax exists:
                WriteExists(exists);
                break;
        }
    }

    private void WriteExists(ExistsSubquerySyntax exists)
    {
        Append("EXISTS { ");
        if (exists.Query is not null)
        {
            WriteQuery(exists.Query);
        }
        else if (exists.Pattern is not null)
        {
            WritePattern(exists.Pattern);
            WriteWhere(exists.Where);
        }

        Append(" }");
    }

    private void WriteMapProjectionItem(MapProjectionItemSyntax item)
    {
        switch (item)
        {
            case PropertySelectorSyntax property:
                Append(".").Append(property.Property.Text);
                break;
            case AllPropertiesSelectorSyntax:
                Append(".*");
                break;
            case ProjectionEntrySyntax entry:
                Append(entry.Key.Text).Append(": ").WriteExpression(entry.Value);
                break;
            case VariableSelectorSyntax variable:
                Append(variable.Variable.Identifier.Text);
                break;
        }
    }

    // The parser folds a leading minus into a number literal; the literal's span then starts before its token.
    private static bool IsNegatedLiteral(LiteralExpressionSyntax literal) => literal.Span.Start < literal.Token.Span.Start;
}
