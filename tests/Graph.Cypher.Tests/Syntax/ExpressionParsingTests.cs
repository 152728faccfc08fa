using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class ExpressionParsingTests
{
    [Theory]
    [InlineData("1", 1L)]
    [InlineData("-1", -1L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("-0o1000000000000000000000", long.MinValue)]
    [InlineData("1.5", 1.5)]
    [InlineData("-1.5e3", -1500.0)]
    [InlineData("'text'", "text")]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("null", null)]
    public void Literals_carry_their_value(string text, object? value) =>
        Assert.Equal(value, Parse.Expression<LiteralExpressionSyntax>(text).Value);

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("0x8000000000000000")]
    [InlineData("-0o1000000000000000000001")]
    public void Integer_overflow_is_a_diagnostic_and_keeps_the_literal_text(string text)
    {
        var tree = SyntaxTree.Parse("RETURN " + text);

        Assert.Equal(DiagnosticCodes.IntegerOverflow, Assert.Single(tree.Diagnostics).Code);
        var item = Assert.Single(Assert.IsType<ReturnClauseSyntax>(Assert.Single(tree.Root.First.Clauses)).Projection.Items);
        var literal = Assert.IsType<LiteralExpressionSyntax>(item.Expression);
        Assert.Null(literal.Value);
        Assert.Equal(text.TrimStart('-'), literal.Token.Text);
    }

    [Fact]
    public void Parameters_are_named_or_numbered()
    {
        Assert.Equal("name", Parse.Expression<ParameterSyntax>("$name").Name);
        Assert.Equal("0", Parse.Expression<ParameterSyntax>("$0").Name);
    }

    [Fact]
    public void Map_literals_allow_keyword_keys()
    {
        var map = Parse.Expression<MapLiteralSyntax>("{name: 'x', end: 1, `odd key`: [1, 2]}");

        Assert.Equal(["name", "end", "odd key"], map.Entries.Select(entry => entry.Key.Name));
    }

    [Fact]
    public void Map_projection_has_every_selector_kind()
    {
        var projection = Parse.Expression<MapProjectionSyntax>("n {.a, .*, x: 1, y}");

        Assert.Equal("n", projection.Subject.Name);
        Assert.Collection(
            projection.Items,
            item => Assert.IsType<PropertySelectorSyntax>(item),
            item => Assert.IsType<AllPropertiesSelectorSyntax>(item),
            item => Assert.IsType<ProjectionEntrySyntax>(item),
            item => Assert.IsType<VariableSelectorSyntax>(item));
    }

    [Fact]
    public void Function_calls_have_namespaces_and_distinct()
    {
        var truncate = Parse.Expression<FunctionCallSyntax>("date.truncate('month', d)");
        var count = Parse.Expression<FunctionCallSyntax>("count(DISTINCT x)");

        Assert.Equal("date.truncate", truncate.Name);
        Assert.Equal(2, truncate.Arguments.Count);
        Assert.True(count.IsDistinct);
        Assert.IsType<CountStarSyntax>(Parse.Expression("COUNT(*)"));
    }

    [Fact]
    public void List_comprehension_has_optional_filter_and_projection()
    {
        var full = Parse.Expression<ListComprehensionSyntax>("[x IN range(1, 10) WHERE x % 2 = 0 | x * 10]");
        var filterOnly = Parse.Expression<ListComprehensionSyntax>("[x IN list WHERE x > 1]");

        Assert.Equal("x", full.Variable.Name);
        Assert.NotNull(full.Where);
        Assert.NotNull(full.Projection);
        Assert.Null(filterOnly.Projection);
    }

    [Fact]
    public void Pattern_comprehension_may_name_its_path()
    {
        var named = Parse.Expression<PatternComprehensionSyntax>("[p = (a)-[:R]->(b) WHERE b.x > 1 | p]");
        var anonymous = Parse.Expression<PatternComprehensionSyntax>("[(a)-->(b:B) | b.name]");

        Assert.Equal("p", named.PathVariable?.Name);
        Assert.NotNull(named.Where);
        Assert.Null(anonymous.PathVariable);
        Assert.Single(anonymous.Pattern.Steps);
    }

    [Fact]
    public void List_literals_and_slices()
    {
        Assert.Equal(3, Parse.Expression<ListLiteralSyntax>("[1, 'a', [2]]").Items.Count);
        Assert.Empty(Parse.Expression<ListLiteralSyntax>("[]").Items);
        Assert.Null(Parse.Expression<SliceExpressionSyntax>("list[..2]").From);
    }

    [Fact]
    public void Case_has_a_simple_and_a_generic_form()
    {
        var simple = Parse.Expression<CaseExpressionSyntax>("CASE n.x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END");
        var generic = Parse.Expression<CaseExpressionSyntax>("CASE WHEN n.x < 0 THEN 'neg' END");

        Assert.NotNull(simple.Subject);
        Assert.Equal(2, simple.Alternatives.Count);
        Assert.NotNull(simple.Else);
        Assert.Null(generic.Subject);
        Assert.Null(generic.Else);
    }

    [Theory]
    [InlineData("all(x IN list WHERE x > 0)", Quantifier.All)]
    [InlineData("any(x IN list WHERE x > 0)", Quantifier.Any)]
    [InlineData("NONE(x IN list WHERE x > 0)", Quantifier.None)]
    [InlineData("single(x IN list WHERE x > 0)", Quantifier.Single)]
    public void Quantifiers_iterate_a_list(string text, Quantifier quantifier)
    {
        var expression = Parse.Expression<QuantifierExpressionSyntax>(text);

        Assert.Equal(quantifier, expression.Quantifier);
        Assert.Equal("x", expression.Variable.Name);
        Assert.NotNull(expression.Where);
    }

    [Fact]
    public void Reduce_folds_a_list()
    {
        var reduce = Parse.Expression<ReduceExpressionSyntax>("reduce(total = 0, x IN [1, 2] | total + x)");

        Assert.Equal("total", reduce.Accumulator.Name);
        Assert.Equal("x", reduce.Variable.Name);
        Assert.IsType<BinaryExpressionSyntax>(reduce.Step);
    }

    [Fact]
    public void Exists_takes_a_pattern_or_a_whole_query()
    {
        var match = Assert.IsType<MatchClauseSyntax>(Parse.Clauses("""
            MATCH (n)
            WHERE EXISTS { (n)-->(m) WHERE m.x = 1 } AND EXISTS { MATCH (n)<--() RETURN 1 } AND exists((n)--())
            RETURN n
            """)[0]);
        var conditions = (BinaryExpressionSyntax)match.Where!;
        var first = (BinaryExpressionSyntax)conditions.Left;

        var patternForm = Assert.IsType<ExistsSubquerySyntax>(first.Left);
        Assert.NotNull(patternForm.Pattern);
        Assert.NotNull(patternForm.Where);
        Assert.NotNull(Assert.IsType<ExistsSubquerySyntax>(first.Right).Query);
        var function = Assert.IsType<FunctionCallSyntax>(conditions.Right);
        Assert.IsType<PatternExpressionSyntax>(Assert.Single(function.Arguments));
    }

    [Fact]
    public void A_parenthesised_variable_is_an_expression_but_a_path_is_a_pattern()
    {
        Assert.IsType<VariableSyntax>(Parse.Expression("(n)"));
        Assert.IsType<BinaryExpressionSyntax>(Parse.Expression("(n) - 1"));
        Assert.IsType<PatternExpressionSyntax>(Parse.Expression("(n)-[:R]->()"));
        Assert.IsType<PatternExpressionSyntax>(Parse.Expression("(n)<--()"));
    }

    [Fact]
    public void Keywords_and_quoted_names_can_be_property_keys_and_labels()
    {
        var labels = Parse.Expression<LabelPredicateSyntax>("n.`the key`.count:Match");

        Assert.Equal("Match", Assert.Single(labels.Labels).Text);
        var property = Assert.IsType<PropertyAccessSyntax>(labels.Target);
        Assert.Equal("count", property.Property.Text);
        Assert.Equal("the key", Assert.IsType<PropertyAccessSyntax>(property.Target).Property.Name);
    }

    [Fact]
    public void Spans_cover_the_source_of_each_node()
    {
        var tree = SyntaxTree.Parse("MATCH (n)\nRETURN n.name + 1 AS x");
        var item = Assert.Single(Assert.IsType<ReturnClauseSyntax>(tree.Root.First.Clauses[1]).Projection.Items);

        Assert.Equal("n.name + 1 AS x", tree.Text.ToString(item.Span));
        Assert.Equal("n.name + 1", tree.Text.ToString(item.Expression.Span));
        Assert.Equal("n.name", tree.Text.ToString(((BinaryExpressionSyntax)item.Expression).Left.Span));
    }
}
