using Graph.Cypher.Syntax;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// all/any/none/single(x IN source WHERE predicate) in three-valued logic: an element whose predicate is
/// null leaves the answer null unless the known elements already decide it (all: a false; any: a true;
/// none: a true; single: two trues). A null source gives null; no WHERE counts every element as true.
/// </summary>
public sealed class QuantifierPredicate(Quantifier quantifier, int slot, string variable, RowExpression source, RowExpression? predicate) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = source.Evaluate(context);
        if (value.IsNull)
        {
            return CypherValue.Null;
        }

        if (value.Kind != CypherValueKind.List)
        {
            throw RuntimeErrors.NotAList(Name, value);
        }

        CypherValue[] row = context.Row;
        int trues = 0;
        bool unknown = false;
        foreach (CypherValue item in value.AsList.AsSpan())
        {
            row[slot] = item;
            bool? holds = predicate is null ? true : ThreeValued.Truth(predicate.Evaluate(context), Name);
            if (holds is null)
            {
                unknown = true;
                continue;
            }

            // Stop as soon as the known elements decide the answer whatever the rest are.
            switch (quantifier)
            {
                case Quantifier.All when !holds.Value:
                    return CypherValue.False;
                case Quantifier.Any when holds.Value:
                    return CypherValue.True;
                case Quantifier.None when holds.Value:
                    return CypherValue.False;
                case Quantifier.Single when holds.Value && ++trues > 1:
                    return CypherValue.False;
            }
        }

        if (unknown)
        {
            return CypherValue.Null;
        }

        return quantifier switch
        {
            Quantifier.All => CypherValue.True,
            Quantifier.Any => CypherValue.False,
            Quantifier.None => CypherValue.True,
            _ => CypherValue.Boolean(trues == 1),
        };
    }

    public override string ToString() => $"{Name}({variable} IN {source}{(predicate is null ? string.Empty : " WHERE " + predicate)})";

    private string Name => quantifier switch
    {
        Quantifier.All => "all",
        Quantifier.Any => "any",
        Quantifier.None => "none",
        _ => "single",
    };
}
