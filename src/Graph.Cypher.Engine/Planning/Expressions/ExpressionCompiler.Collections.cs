using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Planning.Expressions;

public sealed partial class ExpressionCompiler
{
    private RowExpression CompileList(BoundListLiteral list)
    {
        RowExpression[] items = CompileAll(list.Items);

        // A constant list is built once instead of once per row.
        return AllConstant(items) ? new Literal(CypherValue.List(ConstantValues(items))) : new ListLiteral(items);
    }

    private RowExpression CompileMap(BoundMapLiteral map)
    {
        var keys = new string[map.Entries.Count];
        var values = new RowExpression[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = map.Entries[i].Key;
            values[i] = Compile(map.Entries[i].Value);
        }

        if (!AllConstant(values))
        {
            return new MapLiteral(keys, values);
        }

        CypherValue[] constants = ConstantValues(values);
        var entries = new KeyValuePair<string, CypherValue>[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            entries[i] = new(keys[i], constants[i]);
        }

        return new Literal(CypherValue.Map(new CypherMap(entries)));
    }

    private MapProjection CompileMapProjection(BoundMapProjection projection)
    {
        var keys = new string[projection.Entries.Count];
        var values = new RowExpression[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = projection.Entries[i].Key;
            values[i] = Compile(projection.Entries[i].Value);
        }

        return new MapProjection(Compile(projection.Subject), projection.IncludesAllProperties, keys, values);
    }

    private RowExpression CompileIndex(BoundIndex index)
    {
        RowExpression target = Compile(index.Target);
        RowExpression key = Compile(index.Index);
        return Fold(target, key, (a, b) => IndexAccess.Compute(a, b, graph: null)) ?? new IndexAccess(target, key);
    }

    private RowExpression CompileSlice(BoundSlice slice)
    {
        RowExpression target = Compile(slice.Target);
        RowExpression? from = slice.From is null ? null : Compile(slice.From);
        RowExpression? to = slice.To is null ? null : Compile(slice.To);
        if (target is Literal list && from is (null or Literal) && to is (null or Literal)
            && TryFold(() => CypherListOperators.Slice(list.Value, (from as Literal)?.Value, (to as Literal)?.Value), out Literal? folded))
        {
            return folded;
        }

        return new SliceAccess(target, from, to);
    }

    private RowExpression CompileCase(BoundCase caseExpression)
    {
        var whens = new RowExpression[caseExpression.Alternatives.Count];
        var thens = new RowExpression[whens.Length];
        for (int i = 0; i < whens.Length; i++)
        {
            whens[i] = Compile(caseExpression.Alternatives[i].When);
            thens[i] = Compile(caseExpression.Alternatives[i].Then);
        }

        RowExpression? otherwise = caseExpression.Else is null ? null : Compile(caseExpression.Else);
        return caseExpression.Subject is null
            ? new SearchedCase(whens, thens, otherwise)
            : new SimpleCase(Compile(caseExpression.Subject), whens, thens, otherwise);
    }

    private RowExpression[] CompileAll(IReadOnlyList<BoundExpression> expressions)
    {
        var compiled = new RowExpression[expressions.Count];
        for (int i = 0; i < compiled.Length; i++)
        {
            compiled[i] = Compile(expressions[i]);
        }

        return compiled;
    }
}
