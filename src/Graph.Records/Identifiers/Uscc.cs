using Graph.Records.Normalization;

namespace Graph.Records.Identifiers;

/// <summary>The 18-character unified social credit code of GB 32100, check character over a 31-symbol alphabet.</summary>
public static class Uscc
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Folds full-width characters, drops spaces and upper-cases. Does not validate.</summary>
    public static string Normalize(string value) => TextFolding.Compact(value);

    /// <summary>The check character for the first 17 symbols, or null when one is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length < 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return null;
            }

            sum += v * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public static bool IsValid(string? value) => Validate(value) == IdValidity.Valid;

    /// <summary>
    /// Early codes may fail the check and still be real: callers keep a <see cref="IdValidity.BadCheckDigit"/>
    /// code as a weak attribute and warn rather than drop it.
    /// </summary>
    public static IdValidity Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return IdValidity.Missing;
        }

        var code = Normalize(value);
        if (code.Length != 18)
        {
            return IdValidity.BadLength;
        }

        var check = CheckCharacter(code.AsSpan(0, 17));
        if (check is null || Alphabet.IndexOf(code[17], StringComparison.Ordinal) < 0)
        {
            return IdValidity.BadCharacters;
        }

        return check == code[17] ? IdValidity.Valid : IdValidity.BadCheckDigit;
    }

    /// <summary>Builds a valid code from a 17-symbol body drawn from the alphabet.</summary>
    public static string Create(string first17) => first17 + CheckCharacter(first17);
}
