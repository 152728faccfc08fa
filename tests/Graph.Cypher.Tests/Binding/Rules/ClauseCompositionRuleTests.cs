namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class ClauseCompositionRuleTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n")]
    [InlineData("CREATE (n)")]
    [InlineData("MATCH (n) SET n.x = 1")]
    [InlineData("CALL db.labels()")]
    [InlineData("MATCH (n) WHERE exists { MATCH (n)-->(m) } RETURN n")]
    public void Accepts_queries_that_end_properly(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_query_ending_in_match() =>
        BindingAssert.Raises("MATCH (n)\nWITH n", "InvalidClauseComposition", 2, 1);

    [Fact]
    public void Rejects_updates_inside_exists() =>
        BindingAssert.Raises("""
            MATCH (n) WHERE exists {
              MATCH (n)-->(m)
              SET m.prop = 'fail'
            }
            RETURN n
            """, "InvalidClauseComposition", 3, 3);
}
