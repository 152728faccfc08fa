namespace Graph.Generation.Tests.Support;

/// <summary>Undoes the name and id variants the noise introduces, for comparison with the true values.</summary>
public static class Names
{
    public static string Normalize(string name) => new(name
        .Replace('（', '(').Replace('）', ')')
        .Replace('•', '·').Replace('．', '·').Replace('・', '·').Replace('‧', '·')
        .Where(c => c != ' ' && c != '\u3000').ToArray());

    public static string NormalizeId(string id) => new(id.Trim().Select(c => c is >= '０' and <= '９' or 'Ｘ' ? (char)(c - 0xFEE0) : c).ToArray());

    public static bool IsFullWidth(string id) => id.Any(c => c is >= '０' and <= '９' or 'Ｘ');
}
