using Graph.Api.Security;

namespace Graph.Api.Tests.Units;

public sealed class IdentifierMaskerTests
{
    [Theory]
    [InlineData("110101199001011234", "110101********1234")]
    [InlineData("33060419890731304X", "330604********304X")]
    [InlineData("13800000000", "138****0000")]
    [InlineData("138-0000-1234", "138****1234")]
    public void Identifiers_keep_only_their_ends(string value, string expected) => Assert.Equal(expected, IdentifierMasker.Mask(value));

    [Fact]
    public void Identifiers_inside_text_are_masked_and_the_rest_is_kept()
    {
        var text = "王江志 and 王晶 share phone 15249027126; id 110101199001011234 in case (2022)苏0508民初578号";

        var masked = IdentifierMasker.MaskText(text);

        Assert.Equal("王江志 and 王晶 share phone 152****7126; id 110101********1234 in case (2022)苏0508民初578号", masked);
    }

    [Fact]
    public void Property_maps_mask_identifier_keys_and_leave_others()
    {
        var masked = PropertyMasking.Apply(new Dictionary<string, object?>
        {
            ["id_number"] = "110101199001011234",
            ["name"] = "张三",
            ["invalid_ids"] = new[] { "110101199001011235" },
            ["amount"] = 12.5,
        });

        Assert.Equal("110101********1234", masked["id_number"]);
        Assert.Equal("张三", masked["name"]);
        Assert.Equal(["110101********1235"], (object?[])masked["invalid_ids"]!);
        Assert.Equal(12.5, masked["amount"]);
    }
}
