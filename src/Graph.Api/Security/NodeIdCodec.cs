using System.Buffers;
using System.Buffers.Text;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Api.Security;

/// <summary>
/// Opaque, stable ids for graph nodes. A node's natural key can contain a resident id number
/// (<c>Person:110101199001011234</c>), so ids are the key encrypted deterministically (SIV: the IV is an AES-CMAC
/// of the plaintext under a key of its own, then AES-128-CBC with PKCS#7 padding under another), which makes them
/// stable, reversible only by the service, and tamper-evident (the IV is checked on the way back). Store node numbers
/// are not used because they are valid for one snapshot only.
/// Ids made before the CMAC (the IV was an HMAC-SHA256; same layout) are still accepted, so ids clients hold keep
/// working; new ids are made the cheaper way: with the processor's AES instructions an id is a few AES blocks and no
/// call into the crypto library, where the HMAC and the library's cipher calls were most of a neighbourhood's cost.
/// </summary>
public sealed class NodeIdCodec : IDisposable
{
    private const string Prefix = "n_";
    private const string EdgePrefix = "e_";
    private const int StackBytes = 512;
    private readonly AesBlock _encryption;
    private readonly AesBlock _ivKey;
    private readonly AesBlock _edgeKey;
    private readonly AesCmac _iv;
    private readonly AesCmac _edgeHash;
    private readonly byte[] _legacyMacKey;
    private readonly ThreadLocal<Aes> _decryption;

    public NodeIdCodec(string secret)
        : this(secret, useProcessorAes: true)
    {
    }

    /// <param name="secret">Every key is derived from it.</param>
    /// <param name="useProcessorAes">False forces the platform cipher (tests check both give the same ids).</param>
    public NodeIdCodec(string secret, bool useProcessorAes)
    {
        var master = Encoding.UTF8.GetBytes(secret);
        _legacyMacKey = HMACSHA256.HashData(master, "graph-api/node-id/mac"u8);
        var encryptionKey = HMACSHA256.HashData(master, "graph-api/node-id/enc"u8)[..16];
        _encryption = new AesBlock(encryptionKey, useProcessorAes);
        _ivKey = new AesBlock(HMACSHA256.HashData(master, "graph-api/node-id/siv"u8).AsSpan(0, 16), useProcessorAes);
        _edgeKey = new AesBlock(HMACSHA256.HashData(master, "graph-api/edge-id/cmac"u8).AsSpan(0, 16), useProcessorAes);
        _iv = new AesCmac(_ivKey);
        _edgeHash = new AesCmac(_edgeKey);
        _decryption = new ThreadLocal<Aes>(
            () =>
            {
                var aes = Aes.Create();
                aes.Key = encryptionKey;
                return aes;
            },
            trackAllValues: true);
    }

    /// <summary>
    /// A node's id. Not remembered: with the processor's AES an id costs less than looking it up in a shared
    /// dictionary did (whose writers contended for its locks).
    /// </summary>
    public string Encode(string nodeKey) => Protect(Prefix, nodeKey);

    /// <summary>The node key, or null when the id was not made by this service (or with another secret).</summary>
    public string? TryDecode(string? id) => Unprotect(Prefix, id);

    /// <summary>Any text made opaque the same way (cursors carry keys that may hold id numbers too).</summary>
    public string Protect(string prefix, string text)
    {
        // The prefix is part of what is encrypted, so an id cannot be passed off as a cursor or the other way round.
        var plainLength = Encoding.UTF8.GetByteCount(prefix) + Encoding.UTF8.GetByteCount(text);
        var cipherLength = ((plainLength / 16) + 1) * 16;
        byte[]? rented = null;
        var buffer = plainLength + 16 + cipherLength <= StackBytes
            ? stackalloc byte[StackBytes]
            : rented = ArrayPool<byte>.Shared.Rent(plainLength + 16 + cipherLength);
        try
        {
            var plain = buffer[..plainLength];
            var written = Encoding.UTF8.GetBytes(prefix, plain);
            Encoding.UTF8.GetBytes(text, plain[written..]);
            var output = buffer.Slice(plainLength, 16 + cipherLength);
            var iv = _iv.Compute(plain);
            iv.CopyTo(output);
            EncryptCbc(plain, iv, output[16..]);
            return prefix + Base64Url.EncodeToString(output);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A relationship's id: a short keyed hash (AES-CMAC, 96 bits) of its type, its ends' keys and its discriminator
    /// ("type|start|end|d"). Stable, never looked up by, and revealing nothing of the keys (which may hold id numbers).
    /// </summary>
    public string EdgeId(string type, string startKey, string endKey, string? discriminator)
    {
        discriminator ??= "";
        var length = Encoding.UTF8.GetByteCount(type) + Encoding.UTF8.GetByteCount(startKey) + Encoding.UTF8.GetByteCount(endKey)
            + Encoding.UTF8.GetByteCount(discriminator) + 3;
        byte[]? rented = null;
        var buffer = length <= StackBytes ? stackalloc byte[StackBytes] : rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = Encoding.UTF8.GetBytes(type, buffer);
            buffer[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(startKey, buffer[at..]);
            buffer[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(endKey, buffer[at..]);
            buffer[at++] = (byte)'|';
            at += Encoding.UTF8.GetBytes(discriminator, buffer[at..]);
            Span<byte> hash = stackalloc byte[16];
            _edgeHash.Compute(buffer[..at]).CopyTo(hash);
            return EdgePrefix + Convert.ToHexStringLower(hash[..12]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public string? Unprotect(string prefix, string? id)
    {
        if (id is null || !id.StartsWith(prefix, StringComparison.Ordinal) || id.Length > 4096)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(id.AsSpan(prefix.Length));
            if (bytes.Length < 32 || bytes.Length % 16 != 0)
            {
                return null;
            }

            var iv = bytes.AsSpan(0, 16);
            var plain = _decryption.Value!.DecryptCbc(bytes.AsSpan(16), iv);
            if (!IsIvOf(plain, iv))
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(plain);
            return text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _encryption.Dispose();
        _ivKey.Dispose();
        _edgeKey.Dispose();
        foreach (var aes in _decryption.Values)
        {
            aes.Dispose();
        }

        _decryption.Dispose();
    }

    /// <summary>The IV made of this plaintext now (CMAC) or by earlier versions (HMAC-SHA256), compared in constant time.</summary>
    private bool IsIvOf(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> iv)
    {
        Span<byte> check = stackalloc byte[32];
        _iv.Compute(plain).CopyTo(check);
        if (CryptographicOperations.FixedTimeEquals(check[..16], iv))
        {
            return true;
        }

        HMACSHA256.HashData(_legacyMacKey, plain, check);
        return CryptographicOperations.FixedTimeEquals(check[..16], iv);
    }

    /// <summary>AES-CBC with PKCS#7 padding of <paramref name="plain"/> into <paramref name="output"/>, sized to the padded length.</summary>
    private void EncryptCbc(ReadOnlySpan<byte> plain, Vector128<byte> iv, Span<byte> output)
    {
        var padding = (byte)(output.Length - plain.Length);
        Span<byte> last = stackalloc byte[16];
        var previous = iv;
        for (var start = 0; start < output.Length; start += 16)
        {
            Vector128<byte> block;
            if (start + 16 <= plain.Length)
            {
                block = Vector128.Create(plain.Slice(start, 16));
            }
            else
            {
                last.Fill(padding);
                plain[start..].CopyTo(last);
                block = Vector128.Create((ReadOnlySpan<byte>)last);
            }

            previous = _encryption.Encrypt(block ^ previous);
            previous.CopyTo(output.Slice(start, 16));
        }
    }
}
