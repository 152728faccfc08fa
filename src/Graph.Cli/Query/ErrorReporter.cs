using System.Globalization;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;

namespace Graph.Cli.Query;

/// <summary>
/// Prints query errors like a compiler: <c>graph: error CYP101: line 1, column 8: message</c> (or <c>FILE:3:8</c> for a
/// script file), then the source line and a caret under the problem. Positions are moved from the statement to the
/// script, so they point into what the user wrote. Every compile-time diagnostic is shown, up to a few.
/// </summary>
public sealed class ErrorReporter(TextWriter error)
{
    private const int MaxDiagnostics = 5;

    /// <param name="source">The script's file name, or null for -e text, stdin and the prompt.</param>
    public void Report(QueryError failure, PreparedQuery? prepared, Statement statement, string? source)
    {
        var diagnostics = prepared?.Error == failure ? prepared.Diagnostics.Where(d => d.IsError).Take(MaxDiagnostics).ToList() : [];
        if (diagnostics.Count > 0)
        {
            foreach (var diagnostic in diagnostics)
            {
                Write(diagnostic.Code, diagnostic.Message, Where(statement, source, diagnostic.Line, diagnostic.Column), CaretLines(DiagnosticFormatter.Format(diagnostic)));
            }

            return;
        }

        if (failure.Line > 0)
        {
            var caret = failure.Caret is { } text ? CaretLines(text) : MakeCaret(statement.Text, failure.Line, failure.Column);
            Write(failure.Code, failure.Message, Where(statement, source, failure.Line, failure.Column), caret);
            return;
        }

        // A runtime error has no position of its own; in a script, the statement's start tells which one failed.
        Write(failure.Code, failure.Message, source is null ? null : Where(statement, source, 1, 1), null);
    }

    public static string Where(Statement statement, string? source, int line, int column)
    {
        var scriptLine = statement.Line + line - 1;
        var scriptColumn = line == 1 ? statement.Column + column - 1 : column;
        return source is null
            ? string.Create(CultureInfo.InvariantCulture, $"line {scriptLine}, column {scriptColumn}")
            : string.Create(CultureInfo.InvariantCulture, $"{source}:{scriptLine}:{scriptColumn}");
    }

    /// <summary>The engine's caret text starts with its own header line, which the CLI replaces with its own.</summary>
    private static string CaretLines(string caret)
    {
        var lines = caret.Split('\n');
        return string.Join('\n', lines.Length > 2 ? lines[1..] : lines);
    }

    private static string? MakeCaret(string text, int line, int column)
    {
        var lines = text.Split('\n');
        if (line > lines.Length)
        {
            return null;
        }

        var source = lines[line - 1].TrimEnd('\r');
        return source + "\n" + new string(' ', Math.Clamp(column - 1, 0, source.Length)) + "^";
    }

    private void Write(string code, string message, string? where, string? caret)
    {
        error.WriteLine(where is null ? $"graph: error {code}: {message}" : $"graph: error {code}: {where}: {message}");
        if (caret is not null)
        {
            error.WriteLine(caret);
        }
    }
}
