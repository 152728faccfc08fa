namespace Graph.Cypher.Engine.Execution;

/// <summary>Total order for ORDER BY: numbers compare across int/float, then by kind; null sorts last.</summary>
public readonly partial struct SlotValue : IComparable<SlotValue>
{
    public int CompareTo(SlotValue other)
    {
        if (IsNumber && other.IsNumber)
        {
            return Kind == SlotKind.Integer && other.Kind == SlotKind.Integer ? Bits.CompareTo(other.Bits) : AsFloat.CompareTo(other.AsFloat);
        }

        if (Kind != other.Kind)
        {
            return SortRank(Kind).CompareTo(SortRank(other.Kind));
        }

        return Kind switch
        {
            SlotKind.Null => 0,
            SlotKind.String => string.CompareOrdinal(AsString, other.AsString),
            SlotKind.List => CompareLists(AsList, other.AsList),
            SlotKind.Path => AsPath.Length.CompareTo(other.AsPath.Length),
            _ => Bits.CompareTo(other.Bits),
        };
    }

    public static bool operator <(SlotValue left, SlotValue right) => left.CompareTo(right) < 0;

    public static bool operator <=(SlotValue left, SlotValue right) => left.CompareTo(right) <= 0;

    public static bool operator >(SlotValue left, SlotValue right) => left.CompareTo(right) > 0;

    public static bool operator >=(SlotValue left, SlotValue right) => left.CompareTo(right) >= 0;

    // Null after everything else, as Cypher's ascending order puts it.
    private static int SortRank(SlotKind kind) => kind == SlotKind.Null ? int.MaxValue : (int)kind;

    private static int CompareLists(SlotValue[] left, SlotValue[] right)
    {
        int common = Math.Min(left.Length, right.Length);
        for (int i = 0; i < common; i++)
        {
            int order = left[i].CompareTo(right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
