namespace Graph.Records.Normalization;

/// <summary>
/// Phone numbers as digits only. Mobiles become their 11 digits ("+86 138 0000 0000", "0086-13800000000",
/// "138-0000-0000" → "13800000000"); landlines keep the area code with its trunk 0 ("0571-8888 8888",
/// "+86 571 88888888" → "057188888888"). Fewer than 7 or more than 15 digits is not one phone number: null.
/// </summary>
public static class PhoneNormalizer
{
    public static string? Normalize(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        Span<char> digits = stackalloc char[16];
        var n = 0;
        var international = false;
        foreach (var raw in phone)
        {
            var c = TextFolding.FoldWidth(raw);
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return null;
                }

                digits[n++] = c;
            }
            else if (c == '+' && n == 0)
            {
                international = true;
            }
        }

        var number = StripCountryCode(digits[..n], international, out var stripped);
        if (number.Length < 7)
        {
            return null;
        }

        // "+86 571 88888888" and "+86 10 12345678" drop the trunk 0 the domestic form of a landline carries.
        var isMobile = number.Length == 11 && number[0] == '1';
        return stripped && !isMobile && number[0] != '0' ? string.Concat("0", number) : new string(number);
    }

    private static ReadOnlySpan<char> StripCountryCode(ReadOnlySpan<char> digits, bool international, out bool stripped)
    {
        stripped = true;
        if (digits.StartsWith("0086"))
        {
            return digits[4..];
        }

        if (digits.StartsWith("86") && (international || (digits.Length == 13 && digits[2] == '1')))
        {
            return digits[2..];
        }

        stripped = false;
        return digits;
    }
}
