using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Tests.Support;

internal static class ErrorAssert
{
    /// <summary>Evaluates the expression and checks it fails with the given TCK class and detail.</summary>
    public static void Raises(string expression, CypherErrorClass errorClass, string detail)
    {
        var exception = Assert.Throws<CypherRuntimeException>(() => MiniQuery.Evaluate(expression));
        Assert.Equal(errorClass, exception.Error.Class);
        Assert.Equal(detail, exception.Error.Detail);
    }
}
