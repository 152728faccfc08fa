using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// valueType(x): the GQL name of the value's type ("INTEGER NOT NULL", "LIST&lt;STRING NOT NULL&gt; NOT NULL").
/// The function library has no entry for it. A list names its element type when all non-null elements
/// share one (nullable if the list holds a null), ANY when they differ, NOTHING when it is empty.
/// </summary>
public sealed class ValueTypeName(RowExpression operand) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => CypherValue.String(Of(operand.Evaluate(context)));

    public static string Of(CypherValue value) => value.IsNull ? "NULL" : BaseName(value) + " NOT NULL";

    public override string ToString() => $"valueType({operand})";

    private static string BaseName(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Boolean => "BOOLEAN",
        CypherValueKind.Integer => "INTEGER",
        CypherValueKind.Float => "FLOAT",
        CypherValueKind.String => "STRING",
        CypherValueKind.List => $"LIST<{ElementName(value.AsList)}>",
        CypherValueKind.Map => "MAP",
        CypherValueKind.Node => "NODE",
        CypherValueKind.Relationship => "RELATIONSHIP",
        CypherValueKind.Path => "PATH",
        CypherValueKind.Date => "DATE",
        CypherValueKind.LocalTime => "LOCAL TIME",
        CypherValueKind.Time => "ZONED TIME",
        CypherValueKind.LocalDateTime => "LOCAL DATETIME",
        CypherValueKind.DateTime => "ZONED DATETIME",
        CypherValueKind.Duration => "DURATION",
        _ => "ANY",
    };

    private static string ElementName(CypherList list)
    {
        string? shared = null;
        bool mixed = false;
        bool hasNull = false;
        foreach (CypherValue item in list)
        {
            if (item.IsNull)
            {
                hasNull = true;
                continue;
            }

            string name = BaseName(item);
            mixed |= shared is not null && !string.Equals(shared, name, StringComparison.Ordinal);
            shared ??= name;
        }

        if (shared is null)
        {
            return hasNull ? "NULL" : "NOTHING";
        }

        return (mixed ? "ANY" : shared) + (hasNull ? string.Empty : " NOT NULL");
    }
}
