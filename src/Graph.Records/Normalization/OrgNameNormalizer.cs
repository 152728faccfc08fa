namespace Graph.Records.Normalization;

/// <summary>
/// Names of courts, law firms, commissions and other organisations: like <see cref="NameNormalizer"/>, and
/// every bracket style (（）【】〔〕［］[]) becomes round brackets, because "北京市某某律师事务所（上海）分所"
/// and "北京市某某律师事务所(上海)分所" are the same firm.
/// </summary>
public static class OrgNameNormalizer
{
    public static string? Normalize(string? name) => TextFolding.Rewrite(name, Map);

    private static char Map(char c) => c switch
    {
        '[' or '【' or '〔' or '〖' => '(',
        ']' or '】' or '〕' or '〗' => ')',
        _ => char.ToUpperInvariant(c),
    };
}
