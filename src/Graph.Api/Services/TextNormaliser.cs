using System.Text;

namespace Graph.Api.Services;

/// <summary>
/// The folding search applies to names and numbers: full-width forms to ASCII, ideographic space to space, spaces
/// dropped, ASCII upper case (the readers' key normaliser does the same to record numbers in keys).
/// </summary>
public static class TextNormaliser
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
            if (!char.IsWhiteSpace(folded))
            {
                builder.Append(char.ToUpperInvariant(folded));
            }
        }

        return builder.ToString();
    }

    /// <summary>Digits only, with a leading 86 country code dropped from mobile numbers.</summary>
    public static string PhoneDigits(string text)
    {
        var digits = new string(Fold(text).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
