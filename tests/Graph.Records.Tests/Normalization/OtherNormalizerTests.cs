using Graph.Records.Normalization;

namespace Graph.Records.Tests.Normalization;

public class OtherNormalizerTests
{
    [Theory]
    [InlineData("浙江省杭州市西湖区文三路 100 号 2 幢 1201 室", "浙江省杭州市西湖区文三路100号2幢1201")]
    [InlineData("浙江省杭州市西湖区文三路１００号２幢１２０１室", "浙江省杭州市西湖区文三路100号2幢1201")]
    [InlineData("浙江省，杭州市、西湖区文三路100号2幢1201", "浙江省杭州市西湖区文三路100号2幢1201")]
    [InlineData("文三路100号a座", "文三路100号A座")]
    [InlineData("文三路100号", "文三路100号")]
    [InlineData("文三路100—2号", "文三路100-2号")]
    [InlineData("会议室", "会议室")]
    public void Addresses_are_compared_conservatively(string address, string expected) =>
        Assert.Equal(expected, AddressNormalizer.Normalize(address));

    [Theory]
    [InlineData("北京市某某律师事务所（上海）分所", "北京市某某律师事务所(上海)分所")]
    [InlineData("北京市某某律师事务所【上海】分所", "北京市某某律师事务所(上海)分所")]
    [InlineData("北京市 某某 律师事务所(上海)分所", "北京市某某律师事务所(上海)分所")]
    [InlineData("绍兴市越城区人民法院", "绍兴市越城区人民法院")]
    public void Organisation_names_unify_brackets_and_spacing(string name, string expected) =>
        Assert.Equal(expected, OrgNameNormalizer.Normalize(name));

    [Theory]
    [InlineData("浙A·12345")]
    [InlineData("浙a 12345")]
    [InlineData("浙A-12345")]
    [InlineData("浙Ａ．１２３４５")]
    [InlineData("浙A.12345")]
    public void Plates_lose_separators_and_case(string plate) => Assert.Equal("浙A12345", PlateNormalizer.Normalize(plate));

    [Fact]
    public void Missing_values_stay_missing()
    {
        Assert.Null(AddressNormalizer.Normalize(null));
        Assert.Null(OrgNameNormalizer.Normalize(" "));
        Assert.Null(PlateNormalizer.Normalize("·"));
    }
}
