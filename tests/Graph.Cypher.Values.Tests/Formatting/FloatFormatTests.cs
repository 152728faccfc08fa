using CsCheck;
using Graph.Cypher.Values.Formatting;

namespace Graph.Cypher.Values.Tests.Formatting;

public class FloatFormatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(1e-305, "1.0E-305")]
    [InlineData(123456789.0, "1.23456789E8")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(3.14, "3.14")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void Floats_print_like_cypher(double value, string expected) => Assert.Equal(expected, FloatFormat.Format(value));

    [Fact]
    public void Every_printed_float_parses_back_to_itself() =>
        Gen.Double.Sample(value =>
        {
            var text = FloatFormat.Format(value).Replace("Infinity", "∞", StringComparison.Ordinal);
            if (double.IsFinite(value))
            {
                Assert.Equal(value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            }
        });
}
