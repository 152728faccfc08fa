using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Tests.Support;

/// <summary>A predicate that cancels the query after some rows, to test cancellation mid-run.</summary>
internal sealed class CancelOnEvaluate(CancellationTokenSource source, int afterRows) : RowExpression
{
    private int _rows;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (++_rows == afterRows)
        {
            source.Cancel();
        }

        return CypherValue.Boolean(false);
    }

    public override string ToString() => "cancel()";
}
