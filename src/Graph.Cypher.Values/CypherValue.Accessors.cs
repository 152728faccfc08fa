using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values;

public readonly partial struct CypherValue
{
    public bool AsBoolean => Kind == CypherValueKind.Boolean ? _bits != 0 : throw Mismatch("Boolean");

    public long AsInteger => Kind == CypherValueKind.Integer ? _bits : throw Mismatch("Integer");

    public double AsFloat => Kind == CypherValueKind.Float ? BitConverter.Int64BitsToDouble(_bits) : throw Mismatch("Float");

    /// <summary>Integer or float widened to double.</summary>
    public double AsNumber => Kind switch
    {
        CypherValueKind.Integer => _bits,
        CypherValueKind.Float => BitConverter.Int64BitsToDouble(_bits),
        _ => throw Mismatch("Number"),
    };

    public string AsString => Kind == CypherValueKind.String ? (string)_ref! : throw Mismatch("String");

    public CypherList AsList => Kind == CypherValueKind.List ? (CypherList)_ref! : throw Mismatch("List");

    public CypherMap AsMap => Kind == CypherValueKind.Map ? (CypherMap)_ref! : throw Mismatch("Map");

    public int AsNodeId => Kind == CypherValueKind.Node ? (int)_bits : throw Mismatch("Node");

    public int AsRelationshipId => Kind == CypherValueKind.Relationship ? (int)_bits : throw Mismatch("Relationship");

    public CypherPath AsPath => Kind == CypherValueKind.Path ? (CypherPath)_ref! : throw Mismatch("Path");

    public CypherDate AsDate => Kind == CypherValueKind.Date ? new CypherDate(_bits) : throw Mismatch("Date");

    public CypherLocalTime AsLocalTime => Kind == CypherValueKind.LocalTime ? new CypherLocalTime(_bits) : throw Mismatch("LocalTime");

    public CypherTime AsTime => Kind == CypherValueKind.Time
        ? new CypherTime(_bits >>> 17, (int)(_bits & 0x1FFFF) - 65536)
        : throw Mismatch("Time");

    public CypherLocalDateTime AsLocalDateTime => Kind == CypherValueKind.LocalDateTime ? (CypherLocalDateTime)_ref! : throw Mismatch("LocalDateTime");

    public CypherDateTime AsDateTime => Kind == CypherValueKind.DateTime ? (CypherDateTime)_ref! : throw Mismatch("DateTime");

    public CypherDuration AsDuration => Kind == CypherValueKind.Duration ? (CypherDuration)_ref! : throw Mismatch("Duration");

    /// <summary>The TCK type name of this value, used in error messages.</summary>
    public string TypeName => Kind switch
    {
        CypherValueKind.Integer => "Integer",
        CypherValueKind.Float => "Float",
        CypherValueKind.LocalDateTime => "LocalDateTime",
        CypherValueKind.DateTime => "DateTime",
        CypherValueKind.LocalTime => "LocalTime",
        _ => Kind.ToString(),
    };

    private CypherRuntimeException Mismatch(string expected) =>
        new(CypherError.InvalidArgumentType($"Expected a {expected} but got a {TypeName}"));
}
