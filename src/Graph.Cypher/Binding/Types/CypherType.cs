namespace Graph.Cypher.Binding;

/// <summary>
/// A point of the binder's type lattice: Any at the top, Null at the bottom, Number above Integer and Float,
/// Map above Node and Relationship (both have properties). Inference is best effort: when unsure it says Any, and
/// only a type known to be wrong is reported, so dynamic queries are never rejected.
/// </summary>
public sealed record CypherType(CypherTypeKind Kind, CypherType? Element = null)
{
    public static readonly CypherType Any = new(CypherTypeKind.Any);
    public static readonly CypherType Null = new(CypherTypeKind.Null);
    public static readonly CypherType Boolean = new(CypherTypeKind.Boolean);
    public static readonly CypherType Integer = new(CypherTypeKind.Integer);
    public static readonly CypherType Float = new(CypherTypeKind.Float);
    public static readonly CypherType Number = new(CypherTypeKind.Number);
    public static readonly CypherType String = new(CypherTypeKind.String);
    public static readonly CypherType Map = new(CypherTypeKind.Map);
    public static readonly CypherType Node = new(CypherTypeKind.Node);
    public static readonly CypherType Relationship = new(CypherTypeKind.Relationship);
    public static readonly CypherType Path = new(CypherTypeKind.Path);
    public static readonly CypherType Date = new(CypherTypeKind.Date);
    public static readonly CypherType LocalTime = new(CypherTypeKind.LocalTime);
    public static readonly CypherType Time = new(CypherTypeKind.Time);
    public static readonly CypherType LocalDateTime = new(CypherTypeKind.LocalDateTime);
    public static readonly CypherType DateTime = new(CypherTypeKind.DateTime);
    public static readonly CypherType Duration = new(CypherTypeKind.Duration);
    public static readonly CypherType Point = new(CypherTypeKind.Point);
    public static readonly CypherType Property = new(CypherTypeKind.Property);
    public static readonly CypherType AnyList = ListOf(Any);

    public static CypherType ListOf(CypherType element) => new(CypherTypeKind.List, element);

    public bool IsList => Kind == CypherTypeKind.List;

    /// <summary>True when the type says nothing definite (Any), so no check may reject it.</summary>
    public bool IsUnknown => Kind == CypherTypeKind.Any;

    public bool IsNumeric => Kind is CypherTypeKind.Integer or CypherTypeKind.Float or CypherTypeKind.Number;

    public bool IsTemporal => Kind is CypherTypeKind.Date or CypherTypeKind.LocalTime or CypherTypeKind.Time
        or CypherTypeKind.LocalDateTime or CypherTypeKind.DateTime or CypherTypeKind.Duration;

    /// <summary>False for the kinds no property can hold.</summary>
    public bool IsStorable => Kind is not (CypherTypeKind.Node or CypherTypeKind.Relationship or CypherTypeKind.Path or CypherTypeKind.Map);

    public bool IsGraphElement => Kind is CypherTypeKind.Node or CypherTypeKind.Relationship;

    /// <summary>True when a value of this type may be a <paramref name="other"/>: Any and Null fit everywhere.</summary>
    public bool CouldBe(CypherType other)
    {
        if (IsUnknown || other.IsUnknown || Kind == CypherTypeKind.Null || Kind == other.Kind && !IsList)
        {
            return true;
        }

        return (Kind, other.Kind) switch
        {
            (CypherTypeKind.List, CypherTypeKind.List) => Element!.CouldBe(other.Element!) || Element.Kind == CypherTypeKind.Null,
            (CypherTypeKind.Number, _) => other.IsNumeric,
            (_, CypherTypeKind.Number) => IsNumeric,
            (CypherTypeKind.Node or CypherTypeKind.Relationship, CypherTypeKind.Map) => true,
            (CypherTypeKind.Property, _) => other.IsStorable,
            (_, CypherTypeKind.Property) => IsStorable,
            _ => false,
        };
    }

    /// <summary>True when this type may be any of <paramref name="types"/>.</summary>
    public bool CouldBeAnyOf(params CypherType[] types) => types.Any(CouldBe);

    /// <summary>The least type both fit into, for CASE branches, list elements and the like.</summary>
    public CypherType Join(CypherType other)
    {
        if (this == other || other.Kind == CypherTypeKind.Null)
        {
            return this;
        }

        if (Kind == CypherTypeKind.Null)
        {
            return other;
        }

        if (IsNumeric && other.IsNumeric)
        {
            return Number;
        }

        return IsList && other.IsList ? ListOf(Element!.Join(other.Element!)) : Any;
    }

    public override string ToString() => IsList ? $"List<{Element}>" : Kind.ToString();
}
