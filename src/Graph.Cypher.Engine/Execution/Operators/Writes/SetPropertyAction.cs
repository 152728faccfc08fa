using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary><c>SET target.key = value</c>: a null value removes the property, a null target is skipped.</summary>
public sealed class SetPropertyAction(RowExpression target, string key, RowExpression value) : IWriteAction
{
    public void Apply(QueryContext context)
    {
        CypherValue element = target.Evaluate(context);
        if (!ElementWrites.IsElement(element, "SET"))
        {
            return;
        }

        TransactionOverlay writer = WriteErrors.Writer(context);
        ElementWrites.SetProperty(writer, element, key, PropertyValues.ToStored(key, value.Evaluate(context)));
    }

    public override string ToString() => $"{target}.{key} = {value}";
}
