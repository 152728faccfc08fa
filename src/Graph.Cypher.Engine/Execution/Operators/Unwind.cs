using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>One row per list element; null unwinds to no rows and a non-list value to itself.</summary>
public sealed class Unwind(Operator input, RowExpression list, int slot, string variable) : Operator(input)
{
    private SlotValue[] _items = [];
    private int _next;

    public override string Name => "Unwind";

    public override string Details => $"{list} AS {variable}";

    protected override void Reset(QueryContext context)
    {
        _items = [];
        _next = 0;
    }

    protected override bool Produce(QueryContext context)
    {
        while (_next >= _items.Length)
        {
            if (!input.Next(context))
            {
                return false;
            }

            SlotValue value = list.Evaluate(context);
            _next = 0;
            if (value.Kind == SlotKind.List)
            {
                _items = value.AsList;
            }
            else if (!value.IsNull)
            {
                context.Row[slot] = value;
                _items = [];
                return true;
            }
        }

        context.Row[slot] = _items[_next++];
        return true;
    }
}
