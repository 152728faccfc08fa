using System.Text;
using Graph.Cypher.Text;

namespace Graph.Cypher.Diagnostics;

/// <summary>
/// Renders a diagnostic the way compilers do: <c>query:3:14: error CYP101: message</c>, then the source line
/// and a caret line under the offending span.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        builder.Append(diagnostic.ToString()).Append('\n');
        var location = diagnostic.Location;
        var line = location.Text.Lines[location.Line - 1];
        var lineText = location.Text.ToString(line.Span);
        var column = location.Column - 1;
        var caretCount = Math.Max(1, Math.Min(location.Span.Length, line.End - location.Span.Start));
        builder.Append(lineText).Append('\n');
        builder.Append(Indentation(lineText, column)).Append('^', caretCount);
        return builder.ToString();
    }

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(Format));

    // Tabs stay tabs so the caret lines up however wide the reader's tab stops are.
    private static string Indentation(string lineText, int column) =>
        new string([.. lineText.Take(column).Select(c => c == '\t' ? '\t' : ' ')]).PadRight(column);
}
