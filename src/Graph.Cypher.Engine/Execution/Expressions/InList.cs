using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>x IN list, three-valued: true on a match, else null if some comparison was unknown, else false.</summary>
public sealed class InList(RowExpression value, RowExpression list) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => Compute(value.Evaluate(context), list.Evaluate(context));

    /// <summary>
    /// CypherListOperators.In's rule, walking the list as a span: its foreach over the list boxes an
    /// enumerator, an allocation per row in what is usually a filter.
    /// </summary>
    public static CypherValue Compute(CypherValue item, CypherValue list)
    {
        if (list.Kind != CypherValueKind.List)
        {
            // Null, and the type error for a non-list, are the library's.
            return CypherListOperators.In(item, list);
        }

        bool unknown = false;
        foreach (CypherValue element in list.AsList.AsSpan())
        {
            bool? equal = CypherEquality.AreEqual(item, element);
            if (equal == true)
            {
                return CypherValue.True;
            }

            unknown |= equal is null;
        }

        return unknown ? CypherValue.Null : CypherValue.False;
    }

    public override string ToString() => $"{value} IN {list}";
}
