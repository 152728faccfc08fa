using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary><c>REMOVE target.key</c>: the same as setting it to null; a missing key or a null target is no error.</summary>
public sealed class RemovePropertyAction(RowExpression target, string key) : IWriteAction
{
    public void Apply(QueryContext context)
    {
        CypherValue element = target.Evaluate(context);
        if (ElementWrites.IsElement(element, "REMOVE"))
        {
            ElementWrites.SetProperty(WriteErrors.Writer(context), element, key, PropertyValue.Null);
        }
    }

    public override string ToString() => $"{target}.{key}";
}
