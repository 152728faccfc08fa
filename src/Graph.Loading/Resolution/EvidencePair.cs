namespace Graph.Loading.Resolution;

/// <summary>
/// Packs (name, evidence kind, value) into one long: the name id in the high 32 bits, the value
/// id and kind below. Dictionary keys of longs keep pass 1 compact at tens of millions of rows.
/// </summary>
internal static class EvidencePair
{
    public static long Pack(int nameId, EvidenceKind kind, int valueId) =>
        ((long)nameId << 32) | ((long)(uint)valueId << 2) | (byte)kind;

    public static int NameId(long key) => (int)(key >> 32);

    public static int ValueId(long key) => (int)((key & 0xFFFF_FFFF) >> 2);

    public static EvidenceKind Kind(long key) => (EvidenceKind)(key & 3);

    /// <summary>An unordered pair of ints as one long, smaller first, so a link is stored once.</summary>
    public static long Link(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public static string Reason(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Phone => MatchReason.NamePhone,
        EvidenceKind.Address => MatchReason.NameAddress,
        _ => MatchReason.NameId,
    };
}
