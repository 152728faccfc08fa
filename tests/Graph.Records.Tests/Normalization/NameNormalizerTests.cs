using Graph.Records.Normalization;

namespace Graph.Records.Tests.Normalization;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("张三", "张三")]
    [InlineData("张 三", "张三")]
    [InlineData("张\u3000三", "张三")]
    [InlineData(" 张三\t", "张三")]
    [InlineData("ＺＨＡＮＧ", "ZHANG")]
    [InlineData("Zhang San", "ZHANGSAN")]
    [InlineData("阿卜杜拉·买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉•买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉・买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉･买买提", "阿卜杜拉·买买提")]
    [InlineData("阿卜杜拉.买买提", "阿卜杜拉·买买提")]
    [InlineData("杭州某某贸易有限公司", "杭州某某贸易有限公司")]
    public void Names_compare_by_their_normal_form(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void Empty_names_are_null(string? name) => Assert.Null(NameNormalizer.Normalize(name));
}
