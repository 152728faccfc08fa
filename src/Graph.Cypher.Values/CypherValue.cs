using Graph.Cypher.Values.Formatting;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Values;

/// <summary>
/// One Cypher value. Scalars (null, booleans, integers, floats, node and relationship ids, dates,
/// local times and times) live in the 64-bit payload so they travel without allocation; strings,
/// collections, paths and the wider temporal types hang off the reference.
/// </summary>
public readonly partial struct CypherValue : IEquatable<CypherValue>
{
    private readonly long _bits;
    private readonly object? _ref;

    private CypherValue(CypherValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public CypherValueKind Kind { get; }

    public bool IsNull => Kind == CypherValueKind.Null;

    public bool IsNumber => Kind is CypherValueKind.Integer or CypherValueKind.Float;

    public bool IsTemporal => Kind >= CypherValueKind.Date;

    /// <summary>Equivalence as used by DISTINCT and grouping: null ≡ null, NaN ≡ NaN, 1 ≡ 1.0.</summary>
    public bool Equals(CypherValue other) => CypherEquivalence.AreEquivalent(this, other);

    public override bool Equals(object? obj) => obj is CypherValue other && Equals(other);

    public override int GetHashCode() => CypherEquivalence.Hash(this);

    public static bool operator ==(CypherValue left, CypherValue right) => left.Equals(right);

    public static bool operator !=(CypherValue left, CypherValue right) => !left.Equals(right);

    /// <summary>The Cypher literal form used in TCK result tables, e.g. <c>'a'</c>, <c>[1, 2.0]</c>.</summary>
    public override string ToString() => CypherLiteralFormatter.Format(this);

    internal long Bits => _bits;

    internal object? Reference => _ref;
}
