using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class CypherWriterTests
{
    [Theory]
    [InlineData("match (n:A)-[r:T|U*1..2]->(m {x: 1}) where n.a>1 return n", "MATCH (n:A)-[r:T|U*1..2]->(m {x: 1}) WHERE n.a > 1\nRETURN n")]
    [InlineData("RETURN (1 + 2) * 3, 1 + 2 * 3, -(2 ^ 2), (-2) ^ 2, NOT (a AND b)", "RETURN (1 + 2) * 3, 1 + 2 * 3, -(2 ^ 2), -2 ^ 2, NOT (a AND b)")]
    [InlineData("RETURN (a < b) = c, a < b = c", "RETURN (a < b) = c, a < b = c")]
    [InlineData("RETURN [x IN l WHERE x > 1 | x], [(a)-->(b) | b], n {.a, .*, k: 1, v}", "RETURN [x IN l WHERE x > 1 | x], [(a)-->(b) | b], n {.a, .*, k: 1, v}")]
    [InlineData("MATCH (n) SET n.a = 1, n += $p, n:L REMOVE n:L, n.a DETACH DELETE n", "MATCH (n)\nSET n.a = 1, n += $p, n:L\nREMOVE n:L, n.a\nDETACH DELETE n")]
    [InlineData("CALL db.labels() YIELD label AS l WHERE l <> '' RETURN l UNION ALL RETURN 1 AS l", "CALL db.labels() YIELD label AS l WHERE l <> ''\nRETURN l\nUNION ALL\nRETURN 1 AS l")]
    [InlineData("explain MATCH (a)<-[:R]-(b)<-->(c) RETURN count(DISTINCT a)", "EXPLAIN\nMATCH (a)<-[:R]-(b)<-->(c)\nRETURN count(DISTINCT a)")]
    public void Queries_are_written_in_normal_form(string query, string expected) =>
        Assert.Equal(expected, CypherWriter.Write(Parse.Clean(query)));

    [Fact]
    public void Expressions_can_be_written_on_their_own() =>
        Assert.Equal("CASE x WHEN 1 THEN 'a' ELSE 'b' END", CypherWriter.Write(Parse.Expression("case x when 1 then 'a' else 'b' end")));
}
