using System.Buffers.Text;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using Graph.Api.Security;

namespace Graph.Api.Tests.Units;

public sealed class NodeIdCodecTests
{
    private const string Secret = "a-secret-of-at-least-thirty-two-chars";

    [Fact]
    public void Ids_round_trip_are_stable_and_hide_the_key()
    {
        using var codec = new NodeIdCodec(Secret);
        const string key = "Person:110101199001011234";

        var id = codec.Encode(key);

        Assert.Equal(id, codec.Encode(key));
        Assert.Equal(key, codec.TryDecode(id));
        Assert.DoesNotContain("110101", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_of_another_secret_or_kind_are_refused()
    {
        using var codec = new NodeIdCodec(Secret);
        using var other = new NodeIdCodec("another-secret-of-at-least-32-chars!");
        var id = codec.Encode("Case:(2019)浙0602民初1234号");

        Assert.Null(other.TryDecode(id));
        Assert.Null(codec.Unprotect("c_", "c_" + id[2..]));
        Assert.Null(codec.TryDecode("n_" + new string('A', 43)));
        Assert.Null(codec.TryDecode("garbage"));
    }

    [Fact]
    public void A_changed_byte_anywhere_in_an_id_is_refused()
    {
        using var codec = new NodeIdCodec(Secret);
        var bytes = Base64Url.DecodeFromChars(codec.Encode("Person:110101199001011234").AsSpan(2));

        for (var i = 0; i < bytes.Length; i++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;
            Assert.Null(codec.TryDecode("n_" + Base64Url.EncodeToString(tampered)));
        }
    }

    [Theory]
    [InlineData("Person:110101199001011234")]
    [InlineData("Case:(2019)浙0602民初1234号")]
    [InlineData("Phone:13800138000")]
    [InlineData("Company:91330604756022359U-with-a-long-tail-that-goes-past-one-aes-block-and-then-some-more-text")]
    public void Ids_are_the_key_encrypted_with_its_own_cmac_as_IV(string key)
    {
        // Written out with the platform's AES so that the processor's AES path is checked against it.
        using var codec = new NodeIdCodec(Secret);
        using var library = new NodeIdCodec(Secret, useProcessorAes: false);
        var master = Encoding.UTF8.GetBytes(Secret);
        var plain = Encoding.UTF8.GetBytes("n_" + key);
        var iv = ReferenceCmac(HMACSHA256.HashData(master, "graph-api/node-id/siv"u8)[..16], plain);
        using var aes = Aes.Create();
        aes.Key = HMACSHA256.HashData(master, "graph-api/node-id/enc"u8)[..16];

        var expected = "n_" + Base64Url.EncodeToString([.. iv, .. aes.EncryptCbc(plain, iv)]);

        Assert.Equal(expected, codec.Encode(key));
        Assert.Equal(expected, library.Encode(key));
        Assert.Equal(key, codec.TryDecode(expected));
    }

    [Theory]
    [InlineData("Person:110101199001011234")]
    [InlineData("Case:(2019)浙0602民初1234号")]
    public void Ids_made_with_the_earlier_HMAC_IV_still_decode(string key)
    {
        using var codec = new NodeIdCodec(Secret);
        var master = Encoding.UTF8.GetBytes(Secret);
        var plain = Encoding.UTF8.GetBytes("n_" + key);
        var iv = HMACSHA256.HashData(HMACSHA256.HashData(master, "graph-api/node-id/mac"u8), plain)[..16];
        using var aes = Aes.Create();
        aes.Key = HMACSHA256.HashData(master, "graph-api/node-id/enc"u8)[..16];

        var earlier = "n_" + Base64Url.EncodeToString([.. iv, .. aes.EncryptCbc(plain, iv)]);

        Assert.Equal(key, codec.TryDecode(earlier));
    }

    [Fact]
    public void Edge_ids_are_a_keyed_hash_of_type_ends_and_discriminator()
    {
        using var codec = new NodeIdCodec(Secret);
        using var library = new NodeIdCodec(Secret, useProcessorAes: false);
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), "graph-api/edge-id/cmac"u8)[..16];

        var expected = "e_" + Convert.ToHexStringLower(ReferenceCmac(key, Encoding.UTF8.GetBytes("PARTY_IN|Person:110101199001011234|Case:(2019)浙0602民初1234号|plaintiff"))[..12]);

        Assert.Equal(expected, codec.EdgeId("PARTY_IN", "Person:110101199001011234", "Case:(2019)浙0602民初1234号", "plaintiff"));
        Assert.Equal(expected, library.EdgeId("PARTY_IN", "Person:110101199001011234", "Case:(2019)浙0602民初1234号", "plaintiff"));
        Assert.NotEqual(expected, codec.EdgeId("PARTY_IN", "Person:110101199001011234", "Case:(2019)浙0602民初1234号", null));
    }

    [Theory]
    // RFC 4493 section 4: AES-128 key 2b7e1516..., messages of 0, 16, 40 and 64 bytes.
    [InlineData(0, "bb1d6929e95937287fa37d129b756746")]
    [InlineData(16, "070a16b46b4d4144f79bdd9dd04a287c")]
    [InlineData(40, "dfa66747de9ae63030ca32611497c827")]
    [InlineData(64, "51f0bebf7e3b9d92fc49741779363cfe")]
    public void Cmac_matches_the_RFC_4493_examples(int length, string tag)
    {
        var key = Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c");
        var message = Convert.FromHexString(
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710")[..length];
        using var processor = new AesBlock(key);
        using var library = new AesBlock(key, useProcessor: false);

        Assert.Equal(tag, Convert.ToHexStringLower(ToArray(new AesCmac(processor).Compute(message))));
        Assert.Equal(tag, Convert.ToHexStringLower(ToArray(new AesCmac(library).Compute(message))));
        Assert.Equal(tag, Convert.ToHexStringLower(ReferenceCmac(key, message)));
    }

    private static byte[] ToArray(Vector128<byte> block)
    {
        var bytes = new byte[16];
        block.CopyTo(bytes);
        return bytes;
    }

    /// <summary>RFC 4493 written out over the platform's AES-ECB, independent of the codec's code.</summary>
    private static byte[] ReferenceCmac(byte[] key, byte[] message)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var k1 = Double(aes.EncryptEcb(new byte[16], PaddingMode.None));
        var k2 = Double(k1);
        var blocks = Math.Max(1, (message.Length + 15) / 16);
        var last = new byte[16];
        var complete = message.Length > 0 && message.Length % 16 == 0;
        message.AsSpan((blocks - 1) * 16).CopyTo(last);
        if (!complete)
        {
            last[message.Length - ((blocks - 1) * 16)] = 0x80;
        }

        var x = new byte[16];
        for (var b = 0; b < blocks; b++)
        {
            var block = b < blocks - 1 ? message.AsSpan(b * 16, 16).ToArray() : last;
            for (var i = 0; i < 16; i++)
            {
                x[i] ^= block[i];
                if (b == blocks - 1)
                {
                    x[i] ^= complete ? k1[i] : k2[i];
                }
            }

            x = aes.EncryptEcb(x, PaddingMode.None);
        }

        return x;
    }

    private static byte[] Double(byte[] value)
    {
        var doubled = new byte[16];
        for (var i = 0; i < 16; i++)
        {
            doubled[i] = (byte)((value[i] << 1) | (i < 15 ? value[i + 1] >> 7 : 0));
        }

        if ((value[0] & 0x80) != 0)
        {
            doubled[15] ^= 0x87;
        }

        return doubled;
    }
}
