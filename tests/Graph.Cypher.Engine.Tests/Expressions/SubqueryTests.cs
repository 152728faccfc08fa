using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>
/// Pattern predicates, pattern comprehensions and EXISTS { pattern } over sub-plans from a stand-in
/// planner: the compiler plans each once and reruns it under the current row.
/// </summary>
public sealed class SubqueryTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static readonly CypherValue Ann = CypherValue.Node(ExpressionGraph.Ann);
    private static readonly CypherValue Bob = CypherValue.Node(ExpressionGraph.Bob);

    private readonly ExpressionHarness x = new(graph.Reader) { WithSubqueries = true };

    [Fact]
    public void A_pattern_comprehension_projects_every_match()
    {
        Assert.Equal("['Bob', 'Acme']", x.ShowQuery("MATCH (n) RETURN [(n)-->(m) | m.name] AS x", ("n", Ann)));
        Assert.Equal("['Bob']", x.ShowQuery("MATCH (n) RETURN [(n)-[:KNOWS]->(m) | m.name] AS x", ("n", Ann)));
        Assert.Equal("['Acme']", x.ShowQuery("MATCH (n) RETURN [(n)-->(m) WHERE m:Company | m.name] AS x", ("n", Ann)));
        Assert.Equal("[]", x.ShowQuery("MATCH (n) RETURN [(n)<-[:KNOWS]-(m) | m.name] AS x", ("n", Ann)));
        Assert.Equal("['Ann']", x.ShowQuery("MATCH (n) RETURN [(n)<-[:KNOWS]-(m) | m.name] AS x", ("n", Bob)));
    }

    [Fact]
    public void A_pattern_comprehension_anchored_on_null_is_null() =>
        Assert.Equal("null", x.ShowQuery("MATCH (n) RETURN [(n)-->(m) | m.name] AS x", ("n", CypherValue.Null)));

    [Fact]
    public void Pattern_predicates_ask_whether_there_is_a_match()
    {
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN exists((n)-[:KNOWS]->()) AS x", ("n", Ann)));
        Assert.Equal("false", x.ShowQuery("MATCH (n) RETURN exists((n)-[:KNOWS]->()) AS x", ("n", Bob)));
        Assert.Equal("false", x.ShowQuery("MATCH (n) RETURN exists((n)-[:KNOWS]->()) AS x", ("n", CypherValue.Null)));
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN exists((n)-->(:Company)) AS x", ("n", Bob)));
    }

    [Fact]
    public void Exists_subqueries_with_a_pattern_and_a_predicate()
    {
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN EXISTS { (n)-->(m) WHERE m.age > 35 } AS x", ("n", Ann)));
        Assert.Equal("false", x.ShowQuery("MATCH (n) RETURN EXISTS { (n)-->(m) WHERE m.age > 35 } AS x", ("n", Bob)));
    }

    [Fact]
    public void The_sub_plan_is_built_once_and_rerun_per_row()
    {
        ExpressionHarness.Prepared prepared = x.Prepare("MATCH (n) RETURN [(n)-[:WORKS_AT]->(c) | c.name] AS x", ("n", Ann));
        Assert.Equal("['Acme']", x.Format(prepared.Expression.Evaluate(prepared.Context)));
        Assert.Equal(1, x.LastSubqueries!.Planned);

        // Same compiled expression, another row: only n's slot changes.
        int slot = Array.IndexOf(prepared.Context.Row, Ann);
        prepared.Context.Row[slot] = CypherValue.Node(ExpressionGraph.Acme);
        Assert.Equal("[]", x.Format(prepared.Expression.Evaluate(prepared.Context)));
        Assert.Equal(1, x.LastSubqueries.Planned);
    }

    [Fact]
    public void Comprehensions_nest_inside_list_comprehensions() =>
        Assert.Equal("[['Bob', 'Acme'], ['Acme']]",
            x.ShowQuery("MATCH (a), (b) RETURN [n IN [a, b] | [(n)-->(m) | m.name]] AS x", ("a", Ann), ("b", Bob)));
}
