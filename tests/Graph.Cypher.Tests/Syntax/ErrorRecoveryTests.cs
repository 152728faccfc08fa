using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class ErrorRecoveryTests
{
    [Fact]
    public void Several_errors_are_reported_in_one_run_with_their_positions()
    {
        var tree = SyntaxTree.Parse("""
            MATCH (a:Person {name: })
            WHERE a.age >
            RETURN a.name AS, 0x1G
            """);

        Assert.Equal(
            [
                (DiagnosticCodes.ExpectedExpression, 1, 24),
                (DiagnosticCodes.ExpectedExpression, 3, 1),
                (DiagnosticCodes.UnexpectedToken, 3, 17),
                (DiagnosticCodes.InvalidNumberLiteral, 3, 19),
            ],
            tree.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Line, diagnostic.Column)));
    }

    [Fact]
    public void The_tree_is_complete_even_when_tokens_are_missing()
    {
        var tree = SyntaxTree.Parse("MATCH (a)-[:R->(b) RETURN a");

        Assert.NotEmpty(tree.Diagnostics);
        Assert.Equal(2, tree.Root.First.Clauses.Count);
        Assert.IsType<ReturnClauseSyntax>(tree.Root.First.Clauses[1]);
    }

    [Fact]
    public void Stray_tokens_between_clauses_are_skipped_up_to_the_next_clause()
    {
        var tree = SyntaxTree.Parse("MATCH (n) 42 foo RETURN n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(DiagnosticCodes.ExpectedClause, diagnostic.Code);
        Assert.Equal(11, diagnostic.Column);
        Assert.Equal(2, tree.Root.First.Clauses.Count);
    }

    [Theory]
    [InlineData("", DiagnosticCodes.EmptyQuery)]
    [InlineData("RETURN", DiagnosticCodes.ExpectedExpression)]
    [InlineData("RETURN [, ]", DiagnosticCodes.ExpectedExpression)]
    [InlineData("RETURN [[[]]", DiagnosticCodes.UnexpectedToken)]
    [InlineData("RETURN 42 — 41", DiagnosticCodes.BadCharacter)]
    [InlineData("RETURN 1 RETURN 2 )", DiagnosticCodes.ExpectedClause)]
    [InlineData("RETURN 1 }", DiagnosticCodes.UnexpectedToken)]
    [InlineData("MATCH n RETURN n", DiagnosticCodes.ExpectedPattern)]
    [InlineData("MATCH (n) SET 1 = 2", DiagnosticCodes.InvalidUpdateTarget)]
    [InlineData("MATCH (n) REMOVE n", DiagnosticCodes.InvalidUpdateTarget)]
    [InlineData("RETURN a STARTS b", DiagnosticCodes.UnexpectedToken)]
    public void Malformed_queries_report_the_first_problem_with_a_code(string text, string code) =>
        Assert.Equal(code, SyntaxTree.Parse(text).Diagnostics[0].Code);

    [Fact]
    public void One_mistake_is_reported_once_even_when_several_rules_notice_it()
    {
        var tree = SyntaxTree.Parse("RETURN (1 + ");

        Assert.Single(tree.Diagnostics);
    }

    [Fact]
    public void Deeply_broken_input_terminates()
    {
        var tree = SyntaxTree.Parse("(((( ]]]] }}}} MATCH [ { ( WHERE , , RETURN CASE WHEN");

        Assert.NotEmpty(tree.Diagnostics);
    }
}
