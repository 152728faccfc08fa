using Graph.Api.Security;

namespace Graph.Api.Tests.Units;

public sealed class NodeIdCodecTests
{
    [Fact]
    public void Ids_round_trip_are_stable_and_hide_the_key()
    {
        using var codec = new NodeIdCodec("a-secret-of-at-least-thirty-two-chars");
        const string key = "Person:110101199001011234";

        var id = codec.Encode(key);

        Assert.Equal(id, codec.Encode(key));
        Assert.Equal(key, codec.TryDecode(id));
        Assert.DoesNotContain("110101", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_of_another_secret_or_kind_are_refused()
    {
        using var codec = new NodeIdCodec("a-secret-of-at-least-thirty-two-chars");
        using var other = new NodeIdCodec("another-secret-of-at-least-32-chars!");
        var id = codec.Encode("Case:(2019)浙0602民初1234号");

        Assert.Null(other.TryDecode(id));
        Assert.Null(codec.Unprotect("c_", "c_" + id[2..]));
        Assert.Null(codec.TryDecode("n_" + new string('A', 43)));
        Assert.Null(codec.TryDecode("garbage"));
    }
}
