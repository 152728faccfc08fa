namespace Graph.Cypher.Syntax;

public sealed partial class CypherWriter
{
    private void WriteExpression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case BinaryExpressionSyntax binary:
                WriteBinary(binary);
                break;
            case ComparisonChainSyntax chain:
                WriteOperand(chain.Operands[0], Precedence.Comparison + 1);
                for (var index = 0; index < chain.Operators.Count; index++)
                {
                    Append(" ").Append(OperatorText(chain.Operators[index])).Append(" ");
                    WriteOperand(chain.Operands[index + 1], Precedence.Comparison + 1);
                }

                break;
            case UnaryExpressionSyntax unary:
                WriteUnary(unary);
                break;
            case IsNullExpressionSyntax isNull:
                WriteOperand(isNull.Operand, Precedence.Predicate);
                Append(isNull.IsNegated ? " IS NOT NULL" : " IS NULL");
                break;
            case PropertyAccessSyntax property:
                WriteOperand(property.Target, Precedence.Postfix);
                Append(".").Append(property.Property.Text);
                break;
            case IndexExpressionSyntax index:
                WriteOperand(index.Target, Precedence.Postfix);
                Append("[").WriteExpression(index.Index);
                Append("]");
                break;
            case SliceExpressionSyntax slice:
                WriteOperand(slice.Target, Precedence.Postfix);
                Append("[").WriteOptionalExpression(slice.From);
                Append("..").WriteOptionalExpression(slice.To);
                Append("]");
                break;
            case LabelPredicateSyntax labels:
                WriteOperand(labels.Target, Precedence.Postfix);
                WriteNames(labels.Labels, ":", "");
                break;
            default:
                WriteAtom(expression);
                break;
        }
    }

    private void WriteBinary(BinaryExpressionSyntax binary)
    {
        var precedence = PrecedenceOf(binary.Operator);

        // A comparison inside a comparison needs parentheses on both sides, or it would read as a chain.
        var leftMinimum = precedence == Precedence.Comparison ? precedence + 1 : precedence;
        var rightMinimum = precedence == Precedence.Predicate ? Precedence.Additive : precedence + 1;
        WriteOperand(binary.Left, leftMinimum);
        Append(" ").Append(OperatorText(binary.Operator)).Append(" ");
        WriteOperand(binary.Right, rightMinimum);
    }

    private void WriteUnary(UnaryExpressionSyntax unary)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            Append("NOT ");
            WriteOperand(unary.Operand, Precedence.Not);
            return;
        }

        // A space keeps "- -x" from reading as a comment or merging with a negative literal.
        Append(unary.Operator == UnaryOperator.Negate ? "-" : "+");
        Append(unary.Operand is UnaryExpressionSyntax or LiteralExpressionSyntax ? " " : "");
        WriteOperand(unary.Operand, Precedence.Unary);
    }

    private void WriteOperand(ExpressionSyntax operand, Precedence minimum)
    {
        var needsParentheses = PrecedenceOf(operand) < minimum;
        Append(needsParentheses ? "(" : "").WriteExpression(operand);
        Append(needsParentheses ? ")" : "");
    }

    private void WriteOptionalExpression(ExpressionSyntax? expression)
    {
        if (expression is not null)
        {
            WriteExpression(expression);
        }
    }
}
