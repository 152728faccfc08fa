using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Benchmarks;

/// <summary>A query parameter set before each run, so one operator tree serves every query of a workload (as a cached plan would).</summary>
internal sealed class Parameter(string name) : RowExpression
{
    public CypherValue Value { get; set; }

    public override CypherValue Evaluate(QueryContext context) => Value;

    public override string ToString() => "$" + name;
}
