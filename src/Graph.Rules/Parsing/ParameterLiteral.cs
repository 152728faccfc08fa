using System.Globalization;
using System.Text;
using Graph.Cypher.Values;

namespace Graph.Rules.Parsing;

/// <summary>
/// Reads a parameter default from a header: an integer, a float, a 'string' or "string", true, false, null, or a
/// [list] of those. A parser of its own, not the engine: a header is read before any store exists, and a default
/// must be a value, never a query.
/// </summary>
public sealed class ParameterLiteral
{
    private readonly string _text;
    private int _position;

    private ParameterLiteral(string text, int start)
    {
        _text = text;
        _position = start;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    /// <summary>Reads one literal at <paramref name="start"/>; <paramref name="end"/> is where it stopped. Null with an error message when there is none.</summary>
    public static CypherValue? TryRead(string text, int start, out int end, out string? error)
    {
        var reader = new ParameterLiteral(text, start);
        try
        {
            var value = reader.ReadValue();
            end = reader._position;
            error = null;
            return value;
        }
        catch (FormatException e)
        {
            end = reader._position;
            error = e.Message;
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
            '-' or '+' or '.' => ReadNumber(),
            _ when char.IsAsciiDigit(Current) => ReadNumber(),
            _ => ReadKeyword(),
        };
    }

    private CypherValue ReadKeyword()
    {
        var start = _position;
        while (!AtEnd && char.IsAsciiLetter(Current))
        {
            _position++;
        }

        return _text[start.._position].ToUpperInvariant() switch
        {
            "NULL" => CypherValue.Null,
            "TRUE" => CypherValue.True,
            "FALSE" => CypherValue.False,
            _ => throw new FormatException("expected a number, a 'string', true, false, null or a [list]"),
        };
    }

    private CypherValue ReadNumber()
    {
        var start = _position;
        if (Current is '-' or '+')
        {
            _position++;
        }

        var isFloat = false;
        while (!AtEnd && (char.IsAsciiDigit(Current) || Current is '.' or 'e' or 'E' || (Current is '-' or '+' && _text[_position - 1] is 'e' or 'E')))
        {
            isFloat |= Current is '.' or 'e' or 'E';
            _position++;
        }

        var text = _text[start.._position];
        if (isFloat)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? CypherValue.Float(number)
                : throw new FormatException($"'{text}' is not a number");
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? CypherValue.Integer(integer)
            : throw new FormatException($"'{text}' is not a number");
    }

    private string ReadString()
    {
        var quote = Current;
        _position++;
        var builder = new StringBuilder();
        while (!AtEnd && Current != quote)
        {
            if (Current == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            builder.Append(Current);
            _position++;
        }

        if (AtEnd)
        {
            throw new FormatException("the string is not closed");
        }

        _position++;
        return builder.ToString();
    }

    private CypherValue ReadList()
    {
        _position++;
        var items = new List<CypherValue>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            _position++;
            return CypherValue.List([.. items]);
        }

        while (true)
        {
            items.Add(ReadValue());
            SkipWhitespace();
            if (AtEnd)
            {
                throw new FormatException("the list is not closed");
            }

            if (Current == ']')
            {
                _position++;
                return CypherValue.List([.. items]);
            }

            if (Current != ',')
            {
                throw new FormatException("expected , or ] in the list");
            }

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
}
