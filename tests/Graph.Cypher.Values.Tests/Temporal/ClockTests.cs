using Graph.Cypher.Values.Functions;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Temporal;

public class ClockTests
{
    private static readonly FunctionContext Context = new()
    {
        StatementTime = new DateTimeOffset(2024, 5, 17, 23, 30, 0, TimeSpan.Zero),
        TransactionTime = new DateTimeOffset(2024, 5, 17, 23, 0, 0, TimeSpan.Zero),
    };

    [Theory]
    [InlineData("date()", "'2024-05-17'")]
    [InlineData("date.statement()", "'2024-05-17'")]
    [InlineData("date({timezone: 'Asia/Shanghai'})", "'2024-05-18'")]
    [InlineData("datetime.transaction()", "'2024-05-17T23:00Z'")]
    [InlineData("localtime.statement('+01:00')", "'00:30'")]
    [InlineData("time()", "'23:30Z'")]
    public void Now_functions_read_the_context_clocks(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Run("RETURN " + expression, Context)[0], expected), expression);
}
