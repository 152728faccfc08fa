using System.Text.RegularExpressions;

namespace Graph.Api.Security;

/// <summary>
/// Partly masks resident id numbers and phone numbers for callers without <see cref="Permission.SeeIdentifiers"/>:
/// enough stays visible to tell two people apart on screen (region code, last digits), not enough to identify one.
/// Applied to fields that hold identifiers and, by pattern, to free text (evidence sentences, Cypher results).
/// </summary>
public static partial class IdentifierMasker
{
    /// <summary>Property names whose values are identifiers to mask (the graph model's id and phone fields).</summary>
    private static readonly HashSet<string> IdentifierKeys = new(StringComparer.Ordinal)
    {
        "id_number", "invalid_ids", "ref_id", "ref_phone", "number", "phone", "phones", "bidder_id",
    };

    public static bool IsIdentifierKey(string key) => IdentifierKeys.Contains(key);

    /// <summary>110101199001011234 → 110101********1234; 13800000000 → 138****0000; other text by pattern.</summary>
    public static string Mask(string value)
    {
        var trimmed = value.Trim();
        if (ResidentId().IsMatch(trimmed) && trimmed.Length is 18 or 15)
        {
            return trimmed[..6] + new string('*', trimmed.Length - 10) + trimmed[^4..];
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 7 && digits.Length == trimmed.Count(c => !" -+()".Contains(c, StringComparison.Ordinal)))
        {
            return MaskPhoneDigits(digits);
        }

        return MaskText(value);
    }

    /// <summary>Masks every resident id and mobile number found inside free text.</summary>
    public static string MaskText(string text)
    {
        var masked = ResidentIdInText().Replace(text, m => m.Value[..6] + new string('*', m.Value.Length - 10) + m.Value[^4..]);
        return MobileInText().Replace(masked, m => MaskPhoneDigits(m.Value));
    }

    private static string MaskPhoneDigits(string digits) => digits.Length switch
    {
        >= 11 => digits[..^8] + "****" + digits[^4..],
        _ => new string('*', digits.Length - 4) + digits[^4..],
    };

    [GeneratedRegex(@"^(\d{17}[\dXx]|\d{15})$")]
    private static partial Regex ResidentId();

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex ResidentIdInText();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileInText();
}
