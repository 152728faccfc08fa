using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
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

    [Theory]
    [InlineData("Person:110101199001011234")]
    [InlineData("Case:(2019)浙0602民初1234号")]
    [InlineData("Company:91330604756022359U-with-a-long-tail-that-goes-past-one-aes-block-and-then-some-more-text")]
    public void Ids_are_the_key_encrypted_with_its_own_keyed_hash_as_IV(string key)
    {
        // Written out here so that a faster implementation cannot change ids clients already hold.
        const string secret = "a-secret-of-at-least-thirty-two-chars";
        using var codec = new NodeIdCodec(secret);
        var master = Encoding.UTF8.GetBytes(secret);
        var plain = Encoding.UTF8.GetBytes("n_" + key);
        var iv = HMACSHA256.HashData(HMACSHA256.HashData(master, "graph-api/node-id/mac"u8), plain)[..16];
        using var aes = Aes.Create();
        aes.Key = HMACSHA256.HashData(master, "graph-api/node-id/enc"u8)[..16];

        var expected = "n_" + Base64Url.EncodeToString([.. iv, .. aes.EncryptCbc(plain, iv)]);

        Assert.Equal(expected, codec.Encode(key));
        Assert.Equal(key, codec.TryDecode(expected));
    }

    [Fact]
    public void Edge_ids_are_a_keyed_hash_of_type_ends_and_discriminator()
    {
        const string secret = "a-secret-of-at-least-thirty-two-chars";
        using var codec = new NodeIdCodec(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "graph-api/node-id/mac"u8);

        var expected = "e_" + Convert.ToHexStringLower(HMACSHA256.HashData(mac, Encoding.UTF8.GetBytes("PARTY_IN|Person:110101199001011234|Case:(2019)浙0602民初1234号|plaintiff"))[..12]);

        Assert.Equal(expected, codec.EdgeId("PARTY_IN", "Person:110101199001011234", "Case:(2019)浙0602民初1234号", "plaintiff"));
        Assert.NotEqual(expected, codec.EdgeId("PARTY_IN", "Person:110101199001011234", "Case:(2019)浙0602民初1234号", null));
    }
}
