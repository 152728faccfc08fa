using System.Globalization;
using Graph.Records.Normalization;

namespace Graph.Records.Identifiers;

/// <summary>The 18-character resident identity number of GB 11643: 17 digits and a check character.</summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>Folds full-width digits, drops spaces and upper-cases: ids are often typed with a Chinese input method. Does not validate.</summary>
    public static string Normalize(string value) => TextFolding.Compact(value);

    /// <summary>The check character for the first 17 digits, or null when they are not 17 digits.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length < 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = first17[i];
            if (c is < '0' or > '9')
            {
                return null;
            }

            sum += (c - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    public static bool IsValid(string? value) => Validate(value) == IdValidity.Valid;

    public static IdValidity Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return IdValidity.Missing;
        }

        var id = Normalize(value);
        if (id.Length != 18)
        {
            return IdValidity.BadLength;
        }

        var check = CheckCharacter(id.AsSpan(0, 17));
        if (check is null || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return IdValidity.BadCharacters;
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return IdValidity.BadBirthDate;
        }

        return check == id[17] ? IdValidity.Valid : IdValidity.BadCheckDigit;
    }

    /// <summary>Builds a valid id from a 6-digit region, a birth date and a 3-digit sequence.</summary>
    public static string Create(int region, DateOnly birthDate, int sequence)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{region:D6}{birthDate:yyyyMMdd}{sequence % 1000:D3}");
        return first17 + CheckCharacter(first17);
    }

    /// <summary>The birth date encoded in a valid id.</summary>
    public static DateOnly BirthDate(string validId) =>
        DateOnly.ParseExact(validId.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
}
