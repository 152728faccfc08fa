using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Api.Security;

/// <summary>
/// Opaque, stable ids for graph nodes. A node's natural key can contain a resident id number
/// (<c>Person:110101199001011234</c>), so ids are the key encrypted (AES-CBC with a synthetic IV: the first 16 bytes
/// of an HMAC of the key), which makes them deterministic, reversible only by the service, and tamper-evident (the IV
/// is checked on the way back). Store node numbers are not used because they are valid for one snapshot only.
/// </summary>
public sealed class NodeIdCodec : IDisposable
{
    private const string Prefix = "n_";
    private readonly byte[] _macKey;
    private const int MemoCapacity = 200_000;
    private readonly ThreadLocal<Aes> _aes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _encoded = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private int _encodedAdded;
    private int _fingerprintsAdded;

    public NodeIdCodec(string secret)
    {
        var master = Encoding.UTF8.GetBytes(secret);
        _macKey = HMACSHA256.HashData(master, "graph-api/node-id/mac"u8);
        var encryptionKey = HMACSHA256.HashData(master, "graph-api/node-id/enc"u8)[..16];
        _aes = new ThreadLocal<Aes>(() =>
        {
            var aes = Aes.Create();
            aes.Key = encryptionKey;
            return aes;
        }, trackAllValues: true);
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
        var plain = Encoding.UTF8.GetBytes(prefix + text);
        var iv = HMACSHA256.HashData(_macKey, plain).AsSpan(0, 16).ToArray();
        var cipher = _aes.Value!.EncryptCbc(plain, iv);
        var bytes = new byte[16 + cipher.Length];
        iv.CopyTo(bytes, 0);
        cipher.CopyTo(bytes, 16);
        return prefix + Base64Url.EncodeToString(bytes);
    }

    /// <summary>A short keyed hash for things that need a stable id but are never looked up by it (edges).</summary>
    public string Fingerprint(string prefix, string text)
    {
        var memoKey = prefix + text;
        if (_fingerprints.TryGetValue(memoKey, out var known))
        {
            return known;
        }

        if (Interlocked.Increment(ref _fingerprintsAdded) > MemoCapacity)
        {
            _fingerprints.Clear();
            Interlocked.Exchange(ref _fingerprintsAdded, 0);
        }

        return _fingerprints[memoKey] = prefix + Convert.ToHexStringLower(HMACSHA256.HashData(_macKey, Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
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
            var plain = _aes.Value!.DecryptCbc(bytes.AsSpan(16), iv);
            var check = HMACSHA256.HashData(_macKey, plain);
            if (!CryptographicOperations.FixedTimeEquals(check.AsSpan(0, 16), iv))
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
        foreach (var aes in _aes.Values)
        {
            aes.Dispose();
        }

        _aes.Dispose();
    }
}
