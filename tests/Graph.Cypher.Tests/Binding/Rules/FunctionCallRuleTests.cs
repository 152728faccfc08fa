using Graph.Cypher.Binding;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class FunctionCallRuleTests
{
    [Theory]
    [InlineData("RETURN toUpper('a'), coalesce(null, 1, 2), duration.between(date(), date())")]
    [InlineData("RETURN DATE.TRUNCATE('month', date())")]
    public void Accepts_known_functions(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_an_unknown_function() =>
        BindingAssert.Raises("RETURN\n  nosuch(1)", "UnknownFunction", 2, 3);

    [Fact]
    public void Rejects_a_wrong_number_of_arguments() =>
        BindingAssert.Raises("RETURN substring('a')", "InvalidNumberOfArguments", 1, 8);

    [Fact]
    public void Uses_the_catalog_it_is_given()
    {
        var options = new BindingOptions { Functions = new SingleFunctionCatalog() };
        var bound = Binder.Bind(SyntaxTree.Parse("RETURN my.twice(2), toUpper('a')"), options);
        var diagnostic = Assert.Single(bound.Diagnostics);
        Assert.Equal("UnknownFunction", diagnostic.TckDetail);
        Assert.Equal(21, diagnostic.Column);
    }

    private sealed class SingleFunctionCatalog : IFunctionCatalog
    {
        public bool TryGetFunction(string name, out FunctionSignature signature)
        {
            signature = new FunctionSignature("my.twice", 1, 1, false, CypherType.Integer);
            return name == "my.twice";
        }
    }
}
