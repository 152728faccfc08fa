using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

/// <summary>
/// Each expression must parse to the same tree as its explicitly parenthesised form: parentheses leave no node
/// behind, so equal dumps (without spans) mean equal grouping.
/// </summary>
public sealed class PrecedenceTests
{
    [Theory]
    [InlineData("a OR b XOR c", "a OR (b XOR c)")]
    [InlineData("a XOR b AND c", "a XOR (b AND c)")]
    [InlineData("a AND NOT b", "a AND (NOT b)")]
    [InlineData("NOT a = b", "NOT (a = b)")]
    [InlineData("NOT NOT a", "NOT (NOT a)")]
    [InlineData("a OR b OR c", "(a OR b) OR c")]
    [InlineData("a = b + c", "a = (b + c)")]
    [InlineData("a + b * c", "a + (b * c)")]
    [InlineData("a - b - c", "(a - b) - c")]
    [InlineData("a * b % c / d", "((a * b) % c) / d")]
    [InlineData("a * b ^ c", "a * (b ^ c)")]
    [InlineData("a ^ b ^ c", "(a ^ b) ^ c")]
    [InlineData("-a ^ b", "(-a) ^ b")]
    [InlineData("-2 ^ 2", "(-2) ^ 2")]
    [InlineData("-a.b", "-(a.b)")]
    [InlineData("a.b.c[0]", "((a.b).c)[0]")]
    [InlineData("n:A:B AND m:C", "(n:A:B) AND (m:C)")]
    [InlineData("a + 1 IN list", "(a + 1) IN list")]
    [InlineData("a IN b = c", "(a IN b) = c")]
    [InlineData("a STARTS WITH b AND c ENDS WITH d", "(a STARTS WITH b) AND (c ENDS WITH d)")]
    [InlineData("a CONTAINS b + c", "a CONTAINS (b + c)")]
    [InlineData("a =~ 'x' OR b", "(a =~ 'x') OR b")]
    [InlineData("a IS NULL OR b IS NOT NULL", "(a IS NULL) OR (b IS NOT NULL)")]
    [InlineData("a + b IS NULL", "(a + b) IS NULL")]
    [InlineData("NOT a IS NULL", "NOT (a IS NULL)")]
    [InlineData("[1, 2][0] + f(x)", "([1, 2][0]) + (f(x))")]
    [InlineData("$p.key < 3", "($p.key) < 3")]
    public void Operators_group_by_precedence(string expression, string parenthesised) =>
        Assert.Equal(Dump(parenthesised), Dump(expression));

    [Theory]
    [InlineData("a < b < c", 3)]
    [InlineData("a <= b = c <> d > e >= f", 6)]
    public void Comparisons_in_a_row_form_one_chain(string expression, int operandCount) =>
        Assert.Equal(operandCount, Parse.Expression<ComparisonChainSyntax>(expression).Operands.Count);

    [Fact]
    public void Parenthesised_comparisons_do_not_chain() =>
        Assert.IsType<BinaryExpressionSyntax>(Parse.Expression("(a < b) < c"));

    [Fact]
    public void Unary_signs_nest() =>
        Assert.Equal(UnaryOperator.Negate, Assert.IsType<UnaryExpressionSyntax>(Parse.Expression<UnaryExpressionSyntax>("- -a").Operand).Operator);

    private static string Dump(string expression) => SyntaxPrinter.Print(Parse.Expression(expression), includeSpans: false);
}
