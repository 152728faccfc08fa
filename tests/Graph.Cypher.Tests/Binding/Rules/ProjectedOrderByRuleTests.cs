namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class ProjectedOrderByRuleTests
{
    [Theory]
    [InlineData("MATCH (a) RETURN a.name ORDER BY a.age")]
    [InlineData("MATCH (a) RETURN DISTINCT a.name ORDER BY a.name")]
    [InlineData("MATCH (a) WITH DISTINCT a.name2 AS name WHERE a.name2 = 'B' RETURN *")]
    [InlineData("MATCH (me)--(you) WITH me.age AS age, count(you.age) AS cnt ORDER BY me.age + count(you.age) RETURN age")]
    [InlineData("MATCH (a) WITH a.name AS name WHERE a.age > 1 RETURN name")]
    public void Accepts_projected_or_visible_sort_keys(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_variable_dropped_by_distinct() =>
        BindingAssert.Raises("MATCH (a)\nRETURN DISTINCT a.name\nORDER BY a.age", "UndefinedVariable", 3, 10);

    [Fact]
    public void Rejects_a_variable_not_projected_beside_an_aggregate() =>
        BindingAssert.Raises("""
            MATCH (me: Person)--(you: Person)
            RETURN count(you.age) AS agg
            ORDER BY me.age + count(you.age)
            """, "UndefinedVariable", 3, 10);

    [Fact]
    public void Rejects_an_aggregate_over_a_variable_not_projected() =>
        BindingAssert.Raises("""
            MATCH (a:A)
            WITH a.num2 % 3 AS mod, min(a.num + a.num2) AS min
              ORDER BY sum(a.num + a.num2)
            RETURN mod, min
            """, "UndefinedVariable", 3, 16);

    [Fact]
    public void Rejects_an_out_of_scope_variable_after_with() =>
        BindingAssert.Raises("MATCH (a:A), (b:B), (c:C)\nWITH a, b\nWITH a\n  ORDER BY c\nRETURN a", "UndefinedVariable", 4, 12);
}
