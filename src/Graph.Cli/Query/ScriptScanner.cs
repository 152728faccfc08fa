namespace Graph.Cli.Query;

/// <summary>
/// Walks Cypher text just far enough to tell code from strings ('…', "…" with backslash escapes), `quoted names`,
/// // line comments and /* block comments */. Unterminated strings or comments run to the end, as the parser would read them.
/// </summary>
public sealed class ScriptScanner(string text)
{
    private int _position;

    /// <summary>The index of the next <c>;</c> in code, or -1 at the end.</summary>
    public int NextSeparator()
    {
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == ';')
            {
                return _position++;
            }

            SkipToken();
        }

        return -1;
    }

    /// <summary>Whether the text holds anything but whitespace and comments.</summary>
    public static bool HasCode(string text)
    {
        var scanner = new ScriptScanner(text);
        while (scanner._position < text.Length)
        {
            var start = scanner._position;
            var c = text[start];
            if (char.IsWhiteSpace(c))
            {
                scanner._position++;
                continue;
            }

            scanner.SkipToken();
            if (!IsComment(text, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsComment(string text, int at) =>
        text[at] == '/' && at + 1 < text.Length && text[at + 1] is '/' or '*';

    private void SkipToken()
    {
        var c = text[_position];
        if (c is '\'' or '"')
        {
            SkipQuoted(c, escapes: true);
        }
        else if (c == '`')
        {
            SkipQuoted(c, escapes: false);
        }
        else if (IsComment(text, _position) && text[_position + 1] == '/')
        {
            var end = text.IndexOf('\n', _position);
            _position = end < 0 ? text.Length : end + 1;
        }
        else if (IsComment(text, _position))
        {
            var end = text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
            _position = end < 0 ? text.Length : end + 2;
        }
        else
        {
            _position++;
        }
    }

    private void SkipQuoted(char quote, bool escapes)
    {
        _position++;
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (escapes && c == '\\')
            {
                _position++;
            }
            else if (c == quote)
            {
                return;
            }
        }
    }
}
