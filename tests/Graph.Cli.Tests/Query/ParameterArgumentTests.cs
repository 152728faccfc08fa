using Graph.Cli.Query;

namespace Graph.Cli.Tests.Query;

public sealed class ParameterArgumentTests
{
    [Theory]
    [InlineData("name=张三", "name", "'张三'")]
    [InlineData("n=41", "n", "41")]
    [InlineData("$n='41'", "n", "'41'")]
    [InlineData("expr=a=b", "expr", "'a=b'")]
    [InlineData("empty=", "empty", "''")]
    [InlineData("ids=[1,2]", "ids", "[1, 2]")]
    public void Name_and_value_are_split_at_the_first_equals_sign(string text, string name, string value)
    {
        var parameter = ParameterArgument.TryParse(text);

        Assert.NotNull(parameter);
        Assert.Equal(name, parameter.Name);
        Assert.Equal(value, parameter.Value.ToString());
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=1")]
    [InlineData("a b=1")]
    public void Text_without_a_name_is_refused(string text) => Assert.Null(ParameterArgument.TryParse(text));
}
