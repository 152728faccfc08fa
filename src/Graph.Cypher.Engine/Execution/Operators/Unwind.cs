using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>One row per list element; null unwinds to no rows and a non-list value to itself.</summary>
public sealed class Unwind(Operator input, RowExpression list, int slot, string variable) : Operator(input)
{
    private CypherList _items = CypherList.Empty;
    private int _next;

    public int Slot => slot;

    public override string Name => "Unwind";

    public override string Details => $"{list} AS {variable}";

    protected override void Reset(QueryContext context)
    {
        _items = CypherList.Empty;
        _next = 0;
    }

    protected override bool Produce(QueryContext context)
    {
        while (_next >= _items.Count)
        {
            if (!input.Next(context))
            {
                return false;
            }

            CypherValue value = list.Evaluate(context);
            _next = 0;
            if (value.Kind == CypherValueKind.List)
            {
                _items = value.AsList;
            }
            else if (!value.IsNull)
            {
                context.Row[slot] = value;
                _items = CypherList.Empty;
                return true;
            }
        }

        context.Row[slot] = _items[_next++];
        return true;
    }
}
