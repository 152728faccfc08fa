using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Functions;

namespace Graph.Cypher.Values.Tests.Functions;

public class FunctionRegistryTests
{
    [Theory]
    [InlineData("TOUPPER")]
    [InlineData("Date.Truncate")]
    [InlineData("duration.between")]
    [InlineData("datetime.fromepochmillis")]
    public void Names_are_case_insensitive(string name) => Assert.True(FunctionRegistry.Default.TryGet(name, out _));

    [Fact]
    public void Unknown_functions_are_reported_by_name()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => FunctionRegistry.Default.Get("nope"));
        Assert.Equal(CypherErrorDetail.UnknownFunction, error.Error.Detail);
    }

    [Fact]
    public void Wrong_arity_is_reported()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => FunctionRegistry.Default.Get("toUpper").Invoke([], FunctionContext.Create()));
        Assert.Equal(CypherErrorDetail.InvalidNumberOfArguments, error.Error.Detail);
    }

    [Fact]
    public void Now_functions_are_marked_non_deterministic_and_pure_ones_deterministic()
    {
        Assert.False(FunctionRegistry.Default.Get("datetime").IsDeterministic);
        Assert.True(FunctionRegistry.Default.Get("date.truncate").IsDeterministic);
        Assert.True(FunctionRegistry.Default.Get("toLower").IsDeterministic);
    }
}
