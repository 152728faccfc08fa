namespace Graph.Cli.Query;

/// <summary>
/// Cuts a script into statements at the semicolons that are code: not inside a string, a `quoted name` or a comment.
/// Statements that hold only whitespace and comments are dropped, so a trailing <c>;</c> or a commented-out block is fine.
/// </summary>
public static class StatementSplitter
{
    public static IReadOnlyList<Statement> Split(string script)
    {
        var statements = new List<Statement>();
        var scanner = new ScriptScanner(script);
        var start = 0;
        while (scanner.NextSeparator() is var separator && separator >= 0)
        {
            Add(statements, script, start, separator);
            start = separator + 1;
        }

        Add(statements, script, start, script.Length);
        return statements;
    }

    /// <summary>True when the text ends with a statement separator outside strings and comments (the prompt's "run it" signal).</summary>
    public static bool EndsStatement(string text)
    {
        var scanner = new ScriptScanner(text);
        var last = -1;
        while (scanner.NextSeparator() is var separator && separator >= 0)
        {
            last = separator;
        }

        return last >= 0 && string.IsNullOrWhiteSpace(text[(last + 1)..]);
    }

    private static void Add(List<Statement> statements, string script, int start, int end)
    {
        var chunk = script[start..end];
        if (!ScriptScanner.HasCode(chunk))
        {
            return;
        }

        var offset = start;
        while (offset < end && char.IsWhiteSpace(script[offset]))
        {
            offset++;
        }

        var (line, column) = Position(script, offset);
        statements.Add(new Statement(script[offset..end].TrimEnd(), line, column));
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
