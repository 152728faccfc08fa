using Graph.Cypher.Binding;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class MissingParameterRuleTests
{
    [Fact]
    public void Does_not_check_when_parameters_are_unknown() =>
        Assert.Empty(Binder.Bind(SyntaxTree.Parse("RETURN $anything")).Diagnostics);

    [Fact]
    public void Accepts_given_parameters() =>
        Assert.Empty(Binder.Bind(SyntaxTree.Parse("RETURN $a + $b"), new BindingOptions { Parameters = new HashSet<string> { "a", "b" } }).Diagnostics);

    [Fact]
    public void Rejects_a_parameter_that_is_not_given()
    {
        var options = new BindingOptions { Parameters = new HashSet<string> { "a" } };
        var diagnostic = Assert.Single(Binder.Bind(SyntaxTree.Parse("RETURN $a,\n  $b"), options).Diagnostics);
        Assert.Equal(("MissingParameter", "ParameterMissing", 2, 3), (diagnostic.TckDetail, diagnostic.TckErrorClass, diagnostic.Line, diagnostic.Column));
    }
}
