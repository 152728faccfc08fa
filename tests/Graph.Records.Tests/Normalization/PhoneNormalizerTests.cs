using Graph.Records.Normalization;

namespace Graph.Records.Tests.Normalization;

public class PhoneNormalizerTests
{
    [Theory]
    [InlineData("13800000000")]
    [InlineData("+86 138 0000 0000")]
    [InlineData("+8613800000000")]
    [InlineData("0086-138-0000-0000")]
    [InlineData("8613800000000")]
    [InlineData("138-0000-0000")]
    [InlineData("(+86) 138 0000 0000")]
    [InlineData("１３８００００００００")]
    [InlineData("＋８６　１３８　００００　００００")]
    public void Mobiles_become_their_eleven_digits(string phone) => Assert.Equal("13800000000", PhoneNormalizer.Normalize(phone));

    [Theory]
    [InlineData("0571-88888888", "057188888888")]
    [InlineData("(0571) 8888 8888", "057188888888")]
    [InlineData("+86 571 88888888", "057188888888")]
    [InlineData("0086 10 12345678", "01012345678")]
    [InlineData("88888888", "88888888")]
    public void Landlines_keep_their_area_code(string phone, string expected) => Assert.Equal(expected, PhoneNormalizer.Normalize(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("无")]
    [InlineData("123456")]
    [InlineData("+86")]
    [InlineData("13800000000/13900000000")]
    public void Garbage_is_null(string? phone) => Assert.Null(PhoneNormalizer.Normalize(phone));
}
