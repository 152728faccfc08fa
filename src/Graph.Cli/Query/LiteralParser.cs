using System.Globalization;
using System.Text;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cli.Query;

/// <summary>
/// Reads a Cypher literal (integer, float, 'string' or "string", true/false/null, [list], {map}) for <c>--param</c>.
/// A small parser of its own rather than <c>RETURN &lt;v&gt;</c> through the engine: a parameter must never run a
/// query (<c>--param x=1}) MATCH (n) DETACH DELETE n //</c>), and literals need no planner.
/// </summary>
public sealed class LiteralParser
{
    private readonly string _text;
    private int _position;

    private LiteralParser(string text) => _text = text;

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    /// <summary>The value, or null when the whole text is not one literal.</summary>
    public static CypherValue? TryParse(string text)
    {
        var parser = new LiteralParser(text);
        try
        {
            var value = parser.ReadValue();
            parser.SkipWhitespace();
            return parser.AtEnd ? value : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private CypherValue ReadValue()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw new FormatException("a value was expected");
        }

        return Current switch
        {
            '\'' or '"' => CypherValue.String(ReadString()),
            '[' => ReadList(),
            '{' => ReadMap(),
            '-' or '+' or '.' => ReadNumber(),
            _ when char.IsAsciiDigit(Current) => ReadNumber(),
            _ => ReadKeyword(),
        };
    }

    private CypherValue ReadKeyword() => ReadIdentifier().ToUpperInvariant() switch
    {
        "NULL" => CypherValue.Null,
        "TRUE" => CypherValue.True,
        "FALSE" => CypherValue.False,
        "NAN" => CypherValue.Float(double.NaN),
        "INF" or "INFINITY" => CypherValue.Float(double.PositiveInfinity),
        _ => throw new FormatException("not a keyword"),
    };

    private CypherValue ReadNumber()
    {
        var start = _position;
        var negative = Current == '-';
        if (Current is '-' or '+')
        {
            _position++;
        }

        if (!AtEnd && Current == '0' && _position + 1 < _text.Length && _text[_position + 1] is 'x' or 'X' or 'o' or 'O')
        {
            return ReadRadixInteger(negative);
        }

        SkipDigits();
        var isFloat = false;
        if (!AtEnd && Current == '.')
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }

        if (!AtEnd && Current is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (!AtEnd && Current is '+' or '-')
            {
                _position++;
            }

            SkipDigits();
        }

        var text = _text[start.._position];
        if (isFloat)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? CypherValue.Float(number)
                : throw new FormatException("not a float");
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? CypherValue.Integer(integer)
            : throw new FormatException("not an integer");
    }

    private CypherValue ReadRadixInteger(bool negative)
    {
        _position++;
        var radix = char.ToLowerInvariant(Current) == 'x' ? 16 : 8;
        _position++;
        var start = _position;
        while (!AtEnd && Uri.IsHexDigit(Current))
        {
            _position++;
        }

        if (_position == start)
        {
            throw new FormatException("digits expected");
        }

        try
        {
            var magnitude = Convert.ToInt64(_text[start.._position], radix);
            return CypherValue.Integer(negative ? -magnitude : magnitude);
        }
        catch (Exception error) when (error is ArgumentException or OverflowException)
        {
            throw new FormatException("not an integer", error);
        }
    }

    private string ReadString()
    {
        var quote = Current;
        _position++;
        var builder = new StringBuilder();
        while (!AtEnd && Current != quote)
        {
            if (Current == '\\')
            {
                _position++;
                builder.Append(ReadEscape());
                continue;
            }

            builder.Append(Current);
            _position++;
        }

        if (AtEnd)
        {
            throw new FormatException("unterminated string");
        }

        _position++;
        return builder.ToString();
    }

    private string ReadEscape()
    {
        if (AtEnd)
        {
            throw new FormatException("escape expected");
        }

        var escape = Current;
        _position++;
        switch (escape)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'u' when _position + 4 <= _text.Length:
                var code = _text.Substring(_position, 4);
                _position += 4;
                return int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var unit)
                    ? ((char)unit).ToString()
                    : throw new FormatException("bad \\u escape");
            default: return escape.ToString();
        }
    }

    private CypherValue ReadList()
    {
        var items = new List<CypherValue>();
        ReadSequence('[', ']', () => items.Add(ReadValue()));
        return CypherValue.List(items.ToArray());
    }

    private CypherValue ReadMap()
    {
        var entries = new List<KeyValuePair<string, CypherValue>>();
        ReadSequence('{', '}', () =>
        {
            SkipWhitespace();
            var key = !AtEnd && Current is '\'' or '"' ? ReadString() : ReadName();
            Expect(':');
            entries.Add(new(key, ReadValue()));
        });
        return CypherValue.Map(new CypherMap(entries));
    }

    private void ReadSequence(char open, char close, Action readItem)
    {
        Expect(open);
        if (TryConsume(close))
        {
            return;
        }

        do
        {
            readItem();
        }
        while (TryConsume(','));
        Expect(close);
    }

    private string ReadName()
    {
        SkipWhitespace();
        if (AtEnd || Current != '`')
        {
            return ReadIdentifier();
        }

        var end = _text.IndexOf('`', _position + 1);
        if (end < 0)
        {
            throw new FormatException("unterminated name");
        }

        var name = _text[(_position + 1)..end];
        _position = end + 1;
        return name;
    }

    private string ReadIdentifier()
    {
        SkipWhitespace();
        var start = _position;
        while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw new FormatException("a name was expected");
    }

    private void SkipDigits()
    {
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _position++;
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private bool TryConsume(char expected)
    {
        SkipWhitespace();
        if (AtEnd || Current != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw new FormatException($"'{expected}' expected");
        }
    }
}
