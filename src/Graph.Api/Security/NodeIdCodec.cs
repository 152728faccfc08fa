using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Api.Security;

/// <summary>
/// Opaque, stable ids for graph nodes. A node's natural key can contain a resident id number
/// (<c>Person:110101199001011234</c>), so ids are the key encrypted (AES-CBC with a synthetic IV: the first 16 bytes
/// of an HMAC of the key), which makes them deterministic, reversible only by the service, and tamper-evident (the IV
/// is checked on the way back). Store node numbers are not used because they are valid for one snapshot only.
/// Each thread keeps its own AES and keyed HMAC, so an id costs no key set-up and no allocation beyond its text; CBC
/// is chained here over a reused single-block AES, because the platform's one-shot CBC sets up a cipher context per
/// call, which cost several times the encryption itself (ids are two or three blocks). The output is standard
/// AES-CBC with PKCS#7 padding, byte for byte.
/// </summary>
public sealed class NodeIdCodec : IDisposable
{
    private const string Prefix = "n_";
    private const string EdgePrefix = "e_";
    private const int MemoCapacity = 200_000;
    private const int StackBytes = 512;
    private readonly ThreadLocal<CodecState> _state;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _encoded = new(StringComparer.Ordinal);
    private int _encodedAdded;

    public NodeIdCodec(string secret)
    {
        var master = Encoding.UTF8.GetBytes(secret);
        var macKey = HMACSHA256.HashData(master, "graph-api/node-id/mac"u8);
        var encryptionKey = HMACSHA256.HashData(master, "graph-api/node-id/enc"u8)[..16];
        _state = new ThreadLocal<CodecState>(() => new CodecState(encryptionKey, macKey), trackAllValues: true);
    }

    /// <summary>Encoded ids are remembered: a drawing repeats the same nodes, and encryption is most of an id's cost.</summary>
    public string Encode(string nodeKey)
    {
        if (_encoded.TryGetValue(nodeKey, out var id))
        {
            return id;
        }

        if (Interlocked.Increment(ref _encodedAdded) > MemoCapacity)
        {
            // A counter rather than Count, which locks the whole dictionary on every call.
            _encoded.Clear();
            Interlocked.Exchange(ref _encodedAdded, 0);
        }

        return _encoded[nodeKey] = Protect(Prefix, nodeKey);
    }

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
            var state = _state.Value!;
            Span<byte> mac = stackalloc byte[32];
            state.Mac.AppendData(plain);
            state.Mac.GetHashAndReset(mac);
            var output = buffer.Slice(plainLength, 16 + cipherLength);
            mac[..16].CopyTo(output);
            state.EncryptCbc(plain, output[..16], output[16..]);
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
    /// A relationship's id: a short keyed hash of its type, its ends' keys and its discriminator ("type|start|end|d").
    /// Stable, never looked up by, and revealing nothing of the keys (which may hold id numbers).
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
            var state = _state.Value!;
            Span<byte> mac = stackalloc byte[32];
            state.Mac.AppendData(buffer[..at]);
            state.Mac.GetHashAndReset(mac);
            return EdgePrefix + Convert.ToHexStringLower(mac[..12]);
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
            var state = _state.Value!;
            var plain = state.Aes.DecryptCbc(bytes.AsSpan(16), iv);
            Span<byte> check = stackalloc byte[32];
            state.Mac.AppendData(plain);
            state.Mac.GetHashAndReset(check);
            if (!CryptographicOperations.FixedTimeEquals(check[..16], iv))
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
        foreach (var state in _state.Values)
        {
            state.Dispose();
        }

        _state.Dispose();
    }

    /// <summary>One thread's cipher and keyed hash, set up once.</summary>
    private sealed class CodecState : IDisposable
    {
        private readonly ICryptoTransform _block;
        private readonly byte[] _in = new byte[16];
        private readonly byte[] _out = new byte[16];

        public CodecState(byte[] encryptionKey, byte[] macKey)
        {
            Aes = System.Security.Cryptography.Aes.Create();
            Aes.Key = encryptionKey;
            using var ecb = System.Security.Cryptography.Aes.Create();
            ecb.Key = encryptionKey;
            ecb.Mode = CipherMode.ECB;
            ecb.Padding = PaddingMode.None;
            _block = ecb.CreateEncryptor();
            Mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, macKey);
        }

        public Aes Aes { get; }

        public IncrementalHash Mac { get; }

        /// <summary>AES-CBC with PKCS#7 padding of <paramref name="plain"/> into <paramref name="output"/>, sized to the padded length.</summary>
        public void EncryptCbc(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> iv, Span<byte> output)
        {
            var padding = (byte)(output.Length - plain.Length);
            var previous = iv;
            for (var start = 0; start < output.Length; start += 16)
            {
                for (var i = 0; i < 16; i++)
                {
                    var at = start + i;
                    _in[i] = (byte)((at < plain.Length ? plain[at] : padding) ^ previous[i]);
                }

                _block.TransformBlock(_in, 0, 16, _out, 0);
                var cipher = output.Slice(start, 16);
                _out.CopyTo(cipher);
                previous = cipher;
            }
        }

        public void Dispose()
        {
            Aes.Dispose();
            _block.Dispose();
            Mac.Dispose();
        }
    }
}
