using System.Globalization;
using System.Numerics;
using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>
/// Number literals. An integer token's value is a long, or a BigInteger when it does not fit: whether that is an
/// overflow depends on a leading minus (-9223372036854775808 is valid), which only the parser can see.
/// </summary>
internal sealed partial class Lexer
{
    private SyntaxToken ReadNumber()
    {
        if (Current == '0' && Lookahead is 'x' or 'X')
        {
            return ReadRadixInteger(16, char.IsAsciiHexDigit);
        }

        if (Current == '0' && Lookahead is 'o' or 'O')
        {
            return ReadRadixInteger(8, c => c is >= '0' and <= '7');
        }

        var isFloat = SkipDigits() == 0;
        if (Current == '.' && char.IsAsciiDigit(Lookahead))
        {
            position++;
            SkipDigits();
            isFloat = true;
        }

        if (Current is 'e' or 'E' && HasExponentDigits())
        {
            position += Lookahead is '+' or '-' ? 2 : 1;
            SkipDigits();
            isFloat = true;
        }

        if (SkipTrailingNameCharacters())
        {
            return InvalidNumber();
        }

        var literal = text.ToString(TextSpan.FromBounds(start, position));
        return isFloat ? MakeFloat(literal) : MakeToken(SyntaxKind.IntegerToken, ToInteger(BigInteger.Parse(literal, CultureInfo.InvariantCulture)));
    }

    private SyntaxToken ReadRadixInteger(int radix, Func<char, bool> isDigit)
    {
        position += 2;
        var digitsStart = position;
        var value = BigInteger.Zero;
        while (isDigit(Current))
        {
            value = (value * radix) + HexDigitValue(Current);
            position++;
        }

        if (SkipTrailingNameCharacters() || position == digitsStart)
        {
            return InvalidNumber();
        }

        return MakeToken(SyntaxKind.IntegerToken, ToInteger(value));
    }

    private SyntaxToken MakeFloat(string literal)
    {
        var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            diagnostics.ReportFloatingPointOverflow(TextSpan.FromBounds(start, position), literal);
        }

        return MakeToken(SyntaxKind.FloatToken, value);
    }

    private SyntaxToken InvalidNumber()
    {
        var span = TextSpan.FromBounds(start, position);
        diagnostics.ReportInvalidNumberLiteral(span, text.ToString(span));
        return MakeToken(SyntaxKind.IntegerToken, null);
    }

    private static int HexDigitValue(char digit) =>
        char.IsAsciiDigit(digit) ? digit - '0' : char.ToLowerInvariant(digit) - 'a' + 10;

    private static object ToInteger(BigInteger value) =>
        value <= long.MaxValue ? (object)(long)value : value;

    private int SkipDigits()
    {
        var digitsStart = position;
        while (char.IsAsciiDigit(Current))
        {
            position++;
        }

        return position - digitsStart;
    }

    private bool HasExponentDigits() =>
        char.IsAsciiDigit(Lookahead) || (Lookahead is '+' or '-' && char.IsAsciiDigit(Peek(2)));

    // 9223372h54775808 is one malformed number, not a number followed by a name.
    private bool SkipTrailingNameCharacters()
    {
        var trailingStart = position;
        while (IsIdentifierPart(Current))
        {
            position++;
        }

        return position > trailingStart;
    }
}
