using System.Globalization;
using System.Text;

namespace Graph.Cypher.Tck.Values;

/// <summary>
/// Reads one result-table cell into a <see cref="TckValue"/>. The cell arrives after Gherkin's own unescaping
/// (<c>\n</c>, <c>\|</c>, <c>\\</c>); this parser then undoes the string-literal escapes <c>\'</c> and <c>\\</c>.
/// </summary>
public sealed partial class TckValueParser
{
    private readonly string _text;
    private int _position;

    private TckValueParser(string text) => _text = text;

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    public static TckValue Parse(string cell)
    {
        var parser = new TckValueParser(cell);
        var value = parser.ReadValue();
        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            throw parser.Error("unexpected text after the value");
        }

        return value;
    }

    private TckValue ReadValue()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("a value was expected");
        }

        return Current switch
        {
            '\'' => new TckString(ReadString()),
            '[' => StartsRelationship() ? ReadRelationship() : ReadList(),
            '{' => ReadMap(),
            '(' => ReadNode(),
            '<' => ReadPath(),
            '-' or '+' or '.' => ReadNumber(),
            _ when char.IsAsciiDigit(Current) => ReadNumber(),
            _ => ReadKeyword(),
        };
    }

    private TckValue ReadKeyword()
    {
        var start = _position;
        var word = ReadIdentifier();
        return word switch
        {
            "null" => TckValue.Null,
            "true" => new TckBoolean(true),
            "false" => new TckBoolean(false),
            "NaN" => new TckFloat(double.NaN),
            "Infinity" => new TckFloat(double.PositiveInfinity),
            _ => throw ErrorAt(start, $"unknown value '{word}'"),
        };
    }

    private TckValue ReadNumber()
    {
        var start = _position;
        var negative = Current == '-';
        if (Current is '-' or '+')
        {
            _position++;
        }

        if (!AtEnd && char.IsAsciiLetter(Current))
        {
            var word = ReadIdentifier();
            return word == "Infinity"
                ? new TckFloat(negative ? double.NegativeInfinity : double.PositiveInfinity)
                : throw ErrorAt(start, $"a number was expected, not '{word}'");
        }

        var digitsStart = _position;
        SkipDigits();
        var isFloat = false;
        if (!AtEnd && Current == '.')
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }

        if (_position == digitsStart || (_position == digitsStart + 1 && isFloat))
        {
            throw ErrorAt(start, "a number was expected");
        }

        if (!AtEnd && Current is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (!AtEnd && Current is '-' or '+')
            {
                _position++;
            }

            var exponentStart = _position;
            SkipDigits();
            if (_position == exponentStart)
            {
                throw ErrorAt(start, "an exponent was expected");
            }
        }

        var text = _text[start.._position];
        if (isFloat)
        {
            return new TckFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? new TckInteger(integer)
            : throw ErrorAt(start, $"integer '{text}' does not fit in 64 bits");
    }

    private string ReadString()
    {
        var start = _position;
        _position++;
        var builder = new StringBuilder();
        while (!AtEnd && Current != '\'')
        {
            if (Current == '\\' && _position + 1 < _text.Length && _text[_position + 1] is '\'' or '\\')
            {
                _position++;
            }

            builder.Append(Current);
            _position++;
        }

        if (AtEnd)
        {
            throw ErrorAt(start, "unterminated string");
        }

        _position++;
        return builder.ToString();
    }

    private TckList ReadList()
    {
        var items = new List<TckValue>();
        ReadSequence('[', ']', () => items.Add(ReadValue()));
        return new TckList(items);
    }

    private TckMap ReadMap()
    {
        var entries = new List<KeyValuePair<string, TckValue>>();
        ReadSequence('{', '}', () =>
        {
            var key = ReadName();
            Expect(':');
            entries.Add(new(key, ReadValue()));
        });
        return new TckMap(entries);
    }

    private TckMap ReadOptionalProperties()
    {
        SkipWhitespace();
        return !AtEnd && Current == '{' ? ReadMap() : TckMap.Empty;
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

    /// <summary>A relationship cell starts <c>[:</c>; a list never does.</summary>
    private bool StartsRelationship()
    {
        var next = _position + 1;
        while (next < _text.Length && char.IsWhiteSpace(_text[next]))
        {
            next++;
        }

        return next < _text.Length && _text[next] == ':';
    }

    private string ReadName()
    {
        SkipWhitespace();
        if (AtEnd || Current != '`')
        {
            return ReadIdentifier();
        }

        var start = _position++;
        var end = _text.IndexOf('`', _position);
        if (end < 0)
        {
            throw ErrorAt(start, "unterminated backticked name");
        }

        _position = end + 1;
        return _text[(start + 1)..end];
    }

    private string ReadIdentifier()
    {
        SkipWhitespace();
        var start = _position;
        while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("a name was expected");
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
            throw Error($"'{expected}' was expected");
        }
    }

    private TckValueParseException Error(string problem) => ErrorAt(_position, problem);

    private TckValueParseException ErrorAt(int position, string problem) =>
        new($"cannot read TCK value «{_text}» at column {position + 1}: {problem}");
}
