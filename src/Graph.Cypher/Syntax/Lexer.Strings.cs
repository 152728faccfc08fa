using System.Globalization;
using System.Text;
using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

internal sealed partial class Lexer
{
    private SyntaxToken ReadString(char quote)
    {
        var value = new StringBuilder();
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                diagnostics.ReportUnterminatedString(new TextSpan(start, 1));
                break;
            }

            var c = Current;
            if (c == quote)
            {
                position++;
                break;
            }

            if (c == '\\')
            {
                ReadEscape(value);
                continue;
            }

            value.Append(c);
            position++;
        }

        return MakeToken(SyntaxKind.StringToken, value.ToString());
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = position;
        var escaped = Lookahead;
        position += 2;
        switch (escaped)
        {
            case '\\' or '\'' or '"':
                value.Append(escaped);
                break;
            case 'b' or 'B':
                value.Append('\b');
                break;
            case 'f' or 'F':
                value.Append('\f');
                break;
            case 'n' or 'N':
                value.Append('\n');
                break;
            case 'r' or 'R':
                value.Append('\r');
                break;
            case 't' or 'T':
                value.Append('\t');
                break;
            case 'u':
                ReadUnicodeEscape(value, escapeStart, 4);
                break;
            case 'U':
                ReadUnicodeEscape(value, escapeStart, 8);
                break;
            default:
                position = Math.Min(position, text.Length);
                diagnostics.ReportInvalidEscapeSequence(TextSpan.FromBounds(escapeStart, position), text.ToString(TextSpan.FromBounds(escapeStart, position)));
                value.Append(escaped);
                break;
        }
    }

    private void ReadUnicodeEscape(StringBuilder value, int escapeStart, int digitCount)
    {
        var digitsStart = position;
        while (position - digitsStart < digitCount && char.IsAsciiHexDigit(Current))
        {
            position++;
        }

        var digits = text.ToString(TextSpan.FromBounds(digitsStart, position));
        if (digits.Length != digitCount
            || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
            || codePoint > 0x10FFFF
            || codePoint is >= 0xD800 and <= 0xDFFF && digitCount == 8)
        {
            var span = TextSpan.FromBounds(escapeStart, position);
            diagnostics.ReportInvalidUnicodeLiteral(span, text.ToString(span));
            return;
        }

        // \uD83D\uDE00 pairs arrive as two escapes; appending the UTF-16 unit keeps the pair intact.
        value.Append(digitCount == 4 ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
    }

    private SyntaxToken ReadQuotedName()
    {
        var value = new StringBuilder();
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                diagnostics.ReportUnterminatedQuotedName(new TextSpan(start, 1));
                break;
            }

            if (Current == '`' && Lookahead == '`')
            {
                value.Append('`');
                position += 2;
                continue;
            }

            if (Current == '`')
            {
                position++;
                break;
            }

            value.Append(Current);
            position++;
        }

        return MakeToken(SyntaxKind.IdentifierToken, value.ToString());
    }

    private SyntaxToken ReadParameter()
    {
        position++;
        if (Current == '`')
        {
            var quoted = ReadQuotedName();
            return MakeToken(SyntaxKind.ParameterToken, quoted.Value);
        }

        var nameStart = position;
        while (IsIdentifierPart(Current))
        {
            position++;
        }

        if (position == nameStart)
        {
            diagnostics.ReportBadCharacter(start, '$');
            return MakeToken(SyntaxKind.BadToken, null);
        }

        return MakeToken(SyntaxKind.ParameterToken, text.ToString(TextSpan.FromBounds(nameStart, position)));
    }
}
