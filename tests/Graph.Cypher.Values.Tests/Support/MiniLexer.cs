using System.Text;

namespace Graph.Cypher.Values.Tests.Support;

/// <summary>Splits a TCK expression into tokens: names, numbers, quoted strings, operators.</summary>
internal static class MiniLexer
{
    private static readonly string[] TwoCharSymbols = ["<>", "<=", ">="];

    public static List<MiniToken> Tokenize(string text)
    {
        var tokens = new List<MiniToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new(MiniTokenKind.Identifier, text[start..i]));
            }
            else if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && (i == 0 || text[i - 1] != '.')))
            {
                tokens.Add(Number(text, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new(MiniTokenKind.String, Quoted(text, ref i)));
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
                var symbol = TwoCharSymbols.Contains(two) ? two : c.ToString();
                tokens.Add(new(MiniTokenKind.Symbol, symbol));
                i += symbol.Length;
            }
        }

        tokens.Add(new(MiniTokenKind.End, string.Empty));
        return tokens;
    }

    private static MiniToken Number(string text, ref int i)
    {
        var start = i;
        var isFloat = false;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.' || text[i] is 'e' or 'E'
            || (text[i] == '-' && text[i - 1] is 'e' or 'E')))
        {
            if (text[i] == '.' && !(i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                break;
            }

            isFloat |= text[i] is '.' or 'e' or 'E';
            i++;
        }

        return new(isFloat ? MiniTokenKind.Float : MiniTokenKind.Integer, text[start..i]);
    }

    private static string Quoted(string text, ref int i)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (text[i] != quote)
        {
            if (text[i] == '\\')
            {
                i++;
            }

            value.Append(text[i++]);
        }

        i++;
        return value.ToString();
    }
}
