using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Library functions, the special forms the library lacks, and folding of deterministic calls.</summary>
public sealed class FunctionTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("toUpper('abc')", "'ABC'")]
    [InlineData("upper('abc')", "'ABC'")]
    [InlineData("lower('ABC')", "'abc'")]
    [InlineData("size([1, 2, 3])", "3")]
    [InlineData("size('abc')", "3")]
    [InlineData("head([1, 2])", "1")]
    [InlineData("last([1, 2])", "2")]
    [InlineData("tail([1, 2])", "[2]")]
    [InlineData("range(1, 3)", "[1, 2, 3]")]
    [InlineData("abs(-3)", "3")]
    [InlineData("toInteger('42')", "42")]
    [InlineData("toString(1.5)", "'1.5'")]
    [InlineData("substring('hello', 1, 3)", "'ell'")]
    [InlineData("split('a,b', ',')", "['a', 'b']")]
    [InlineData("reverse([1, 2])", "[2, 1]")]
    [InlineData("keys({a: 1, b: 2})", "['a', 'b']")]
    [InlineData("coalesce(null, 2, 3)", "2")]
    [InlineData("coalesce(null, null)", "null")]
    [InlineData("nullIf(1, 1)", "null")]
    [InlineData("nullIf(1, 2)", "1")]
    [InlineData("length('abc')", "3")]
    [InlineData("valueType(1)", "'INTEGER NOT NULL'")]
    [InlineData("valueType(null)", "'NULL'")]
    [InlineData("valueType(['a', null])", "'LIST<STRING> NOT NULL'")]
    [InlineData("exists({a: 1}.a)", "true")]
    [InlineData("exists({a: 1}.b)", "false")]
    public void Functions_compute_their_values(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void Functions_over_row_values()
    {
        Assert.Equal("'ABC'", x.ShowQuery("WITH 'abc' AS s RETURN toUpper(s) AS x"));
        Assert.Equal("2", x.ShowQuery("WITH null AS a, 2 AS b RETURN coalesce(a, b) AS x"));
        Assert.Equal("3", x.ShowQuery("WITH 'abc' AS s RETURN length(s) AS x"));
    }

    [Fact]
    public void Deterministic_calls_over_constants_are_folded_and_the_others_are_not()
    {
        Assert.IsType<Literal>(x.Prepare("RETURN toUpper('abc') AS x").Expression);
        Assert.IsType<FunctionCall>(x.Prepare("RETURN rand() AS x").Expression);
        Assert.IsType<FunctionCall>(x.Prepare("WITH 'a' AS s RETURN toUpper(s) AS x").Expression);
    }

    [Fact]
    public void Coalesce_stops_at_the_first_non_null_argument() =>
        Assert.Equal("1", x.ShowQuery("WITH 1 AS a, 0 AS zero RETURN coalesce(a, 1 / zero) AS x"));

    [Fact]
    public void Timestamp_reads_the_statement_clock()
    {
        ExpressionHarness.Prepared prepared = x.Prepare("RETURN timestamp() AS x");
        CypherValue value = prepared.Expression.Evaluate(prepared.Context);
        Assert.Equal(prepared.Context.Functions.StatementTime.ToUnixTimeMilliseconds(), value.AsInteger);
    }

    [Fact]
    public void Function_errors_keep_their_details()
    {
        Assert.Equal(CypherErrorDetail.NumberOutOfRange, x.FailsQuery("WITH 0 AS step RETURN range(1, 2, step) AS x").Detail);
        CypherError error = x.FailsWith("RETURN labels($n) AS x", ("n", "1"));
        Assert.Equal(CypherErrorClass.TypeError, error.Class);
        Assert.Equal(CypherErrorDetail.InvalidArgumentValue, error.Detail);
    }

    [Fact]
    public void Every_scalar_function_of_the_catalog_compiles()
    {
        // The binder's catalog is what a query may call; the point functions are the known gap (no point values).
        string[] unsupported = ["point", "distance", "point.distance"];
        foreach (FunctionSignature signature in StandardFunctionCatalog.Instance.Functions)
        {
            if (signature.IsAggregate || unsupported.Contains(signature.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            string arguments = string.Join(", ", Enumerable.Repeat("null", signature.MinArguments));
            ExpressionHarness.Prepared prepared = x.Prepare($"WITH null AS v RETURN {signature.Name}({arguments}) AS x");
            Assert.NotNull(prepared.Expression);
        }
    }
}
