using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Graph.Cypher.Syntax;

/// <summary>
/// Dumps a tree as an indented S-expression, one property per line, for golden tests and debugging. Reflection keeps
/// the node records free of printing code; null properties and empty lists are left out.
/// </summary>
public sealed class SyntaxPrinter
{
    private readonly StringBuilder builder = new();
    private readonly bool includeSpans;

    private SyntaxPrinter(bool includeSpans) => this.includeSpans = includeSpans;

    /// <summary>The dump of a tree; without spans it shows structure alone, so trees of different texts compare.</summary>
    public static string Print(SyntaxNode node, bool includeSpans = true)
    {
        var printer = new SyntaxPrinter(includeSpans);
        printer.PrintNode(node, 0);
        return printer.builder.ToString();
    }

    private void PrintNode(SyntaxNode node, int depth)
    {
        var name = node.GetType().Name;
        builder.Append('(').Append(name.EndsWith("Syntax", StringComparison.Ordinal) ? name[..^"Syntax".Length] : name);
        if (includeSpans)
        {
            builder.Append(' ').Append(node.Span.ToString());
        }

        foreach (var property in PrintedProperties(node.GetType()))
        {
            PrintProperty(property.Name, property.GetValue(node), depth + 1);
        }

        builder.Append(')');
    }

    private void PrintProperty(string name, object? value, int depth)
    {
        if (value is null || value is ICollection { Count: 0 })
        {
            return;
        }

        builder.Append('\n').Append(' ', depth * 2).Append(name).Append(':');
        if (value is IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                builder.Append('\n').Append(' ', (depth + 1) * 2);
                PrintValue(item, depth + 1);
            }

            return;
        }

        builder.Append(' ');
        PrintValue(value, depth);
    }

    private void PrintValue(object? value, int depth)
    {
        switch (value)
        {
            case SyntaxNode node:
                PrintNode(node, depth);
                break;
            case SyntaxToken token:
                builder.Append(token.IsMissing ? "<missing>" : token.Text);
                break;
            case string text:
                builder.Append('"').Append(text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")).Append('"');
                break;
            case double number:
                builder.Append(number.ToString("R", CultureInfo.InvariantCulture)).Append('d');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null");
                break;
        }
    }

    // Span is printed in the header; Name properties only repeat their tokens.
    private static IEnumerable<PropertyInfo> PrintedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name is not ("Span" or "Name") && property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.MetadataToken);
}
