using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

/// <summary>A map literal whose values are expressions ({num: x}), so tests do not depend on the expression compiler.</summary>
internal sealed class MapOf(params (string Key, RowExpression Value)[] entries) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) =>
        CypherValue.Map(new CypherMap(entries.Select(entry => new KeyValuePair<string, CypherValue>(entry.Key, entry.Value.Evaluate(context)))));

    public override string ToString() => "{" + string.Join(", ", entries.Select(entry => entry.Key + ": " + entry.Value)) + "}";
}
