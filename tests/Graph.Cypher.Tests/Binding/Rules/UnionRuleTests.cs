namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class UnionRuleTests
{
    [Fact]
    public void Accepts_parts_with_the_same_columns() =>
        BindingAssert.Clean("RETURN 1 AS a\nUNION\nRETURN 2 AS a\nUNION\nRETURN 3 AS a");

    [Fact]
    public void Accepts_the_same_columns_in_another_order() =>
        BindingAssert.Clean("RETURN 1 AS a, 2 AS b\nUNION\nRETURN 2 AS b, 1 AS a");

    [Fact]
    public void Rejects_parts_with_different_columns() =>
        BindingAssert.Raises("RETURN 1 AS a\nUNION ALL\nRETURN 2 AS b", "DifferentColumnsInUnion", 3, 1);

    [Fact]
    public void Rejects_mixing_union_and_union_all() =>
        BindingAssert.Raises("""
            RETURN 1 AS a
            UNION
            RETURN 2 AS a
            UNION ALL
            RETURN 3 AS a
            """, "InvalidClauseComposition", 3, 1);
}
