using System.Text;

namespace Graph.Cypher.Syntax;

/// <summary>
/// Writes a tree back as normalised Cypher: upper-case keywords, single spaces, one clause per line and only the
/// parentheses that precedence needs. Parsing the output gives the same tree, which the round-trip test relies on.
/// </summary>
public sealed partial class CypherWriter
{
    private readonly StringBuilder builder = new();

    private CypherWriter()
    {
    }

    public static string Write(SyntaxNode node)
    {
        var writer = new CypherWriter();
        writer.WriteNode(node);
        return writer.builder.ToString();
    }

    private void WriteNode(SyntaxNode node)
    {
        switch (node)
        {
            case QuerySyntax query:
                WriteQuery(query);
                break;
            case ClauseSyntax clause:
                WriteClause(clause);
                break;
            case ExpressionSyntax expression:
                WriteExpression(expression);
                break;
            case PatternSyntax pattern:
                WritePattern(pattern);
                break;
            default:
                throw new ArgumentException($"{node.GetType().Name} is written only as part of its parent.", nameof(node));
        }
    }

    private CypherWriter Append(string text)
    {
        builder.Append(text);
        return this;
    }

    private void WriteList<T>(IEnumerable<T> items, Action<T> write, string separator = ", ")
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(separator);
            }

            write(item);
            first = false;
        }
    }

    private void WriteNames(IEnumerable<SyntaxToken> names, string prefix, string separator) =>
        WriteList(names, name => Append(prefix).Append(name.Text), separator);
}
