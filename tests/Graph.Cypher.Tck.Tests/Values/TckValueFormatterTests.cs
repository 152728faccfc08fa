using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Values;

public class TckValueFormatterTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e-305, "1e-305")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Floats_print_as_the_TCK_writes_them(double value, string expected) =>
        Assert.Equal(expected, TckValueFormatter.FormatFloat(value));

    [Fact]
    public void Strings_print_with_their_escapes_so_they_read_back() =>
        Assert.Equal(@"'it\'s a \\ path'", TckValue.Of(@"it's a \ path").ToString());
}
