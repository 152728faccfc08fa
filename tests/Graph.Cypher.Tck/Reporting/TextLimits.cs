namespace Graph.Cypher.Tck.Reporting;

/// <summary>Keeps failure reports readable: a huge result table must not bury the next failure.</summary>
public static class TextLimits
{
    public static string Truncate(string text, int maxLength)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength] + $"… ({trimmed.Length - maxLength} more characters)";
    }

    public static string Indent(string text, string prefix) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => prefix + line));
}
