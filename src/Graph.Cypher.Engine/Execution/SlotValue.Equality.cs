namespace Graph.Cypher.Engine.Execution;

/// <summary>Equivalence as grouping and DISTINCT use it: null ≡ null, 1 ≡ 1.0, lists element-wise.</summary>
public readonly partial struct SlotValue
{
    public bool Equals(SlotValue other)
    {
        if (Kind != other.Kind)
        {
            return IsNumber && other.IsNumber && AsFloat == other.AsFloat;
        }

        return Kind switch
        {
            SlotKind.Null => true,
            SlotKind.Float => AsFloat.Equals(other.AsFloat),
            SlotKind.String => string.Equals(AsString, other.AsString, StringComparison.Ordinal),
            SlotKind.List => ListsEqual(AsList, other.AsList),
            SlotKind.Path => AsPath.Equals(other.AsPath),
            _ => Bits == other.Bits,
        };
    }

    public override bool Equals(object? obj) => obj is SlotValue other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        SlotKind.Null => 0,
        SlotKind.Integer or SlotKind.Float => AsFloat.GetHashCode(),
        SlotKind.String => string.GetHashCode(AsString, StringComparison.Ordinal),
        SlotKind.List => ListHash(AsList),
        SlotKind.Path => AsPath.GetHashCode(),
        _ => HashCode.Combine(Kind, Bits),
    };

    public static bool operator ==(SlotValue left, SlotValue right) => left.Equals(right);

    public static bool operator !=(SlotValue left, SlotValue right) => !left.Equals(right);

    public bool IsNumber => Kind is SlotKind.Integer or SlotKind.Float;

    private static bool ListsEqual(SlotValue[] left, SlotValue[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int ListHash(SlotValue[] items)
    {
        var hash = new HashCode();
        for (int i = 0; i < items.Length; i++)
        {
            hash.Add(items[i]);
        }

        return hash.ToHashCode();
    }
}
