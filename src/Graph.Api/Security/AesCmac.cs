using System.Runtime.Intrinsics;

namespace Graph.Api.Security;

/// <summary>
/// AES-CMAC (RFC 4493, NIST SP 800-38B): a keyed hash of any length of input into 16 bytes, secure as a
/// pseudo-random function as long as AES is. Costs one AES block per 16 bytes of input.
/// </summary>
public sealed class AesCmac
{
    private readonly AesBlock _cipher;
    private readonly Vector128<byte> _fullLastBlockKey;
    private readonly Vector128<byte> _paddedLastBlockKey;

    public AesCmac(AesBlock cipher)
    {
        _cipher = cipher;
        _fullLastBlockKey = Double(cipher.Encrypt(Vector128<byte>.Zero));
        _paddedLastBlockKey = Double(_fullLastBlockKey);
    }

    public Vector128<byte> Compute(ReadOnlySpan<byte> message)
    {
        var chained = Vector128<byte>.Zero;
        var before = message.Length == 0 ? 0 : (message.Length - 1) / 16;
        for (var i = 0; i < before; i++)
        {
            chained = _cipher.Encrypt(chained ^ Vector128.Create(message.Slice(i * 16, 16)));
        }

        var rest = message[(before * 16)..];
        Vector128<byte> last;
        if (rest.Length == 16)
        {
            last = Vector128.Create(rest) ^ _fullLastBlockKey;
        }
        else
        {
            Span<byte> padded = stackalloc byte[16];
            padded.Clear();
            rest.CopyTo(padded);
            padded[rest.Length] = 0x80;
            last = Vector128.Create((ReadOnlySpan<byte>)padded) ^ _paddedLastBlockKey;
        }

        return _cipher.Encrypt(chained ^ last);
    }

    /// <summary>Multiplication by x in GF(2^128), the block read as a big-endian number (the RFC's subkey step).</summary>
    private static Vector128<byte> Double(Vector128<byte> value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.CopyTo(bytes);
        var carry = bytes[0] >> 7;
        for (var i = 0; i < 15; i++)
        {
            bytes[i] = (byte)((bytes[i] << 1) | (bytes[i + 1] >> 7));
        }

        bytes[15] = (byte)((bytes[15] << 1) ^ (carry * 0x87));
        return Vector128.Create((ReadOnlySpan<byte>)bytes);
    }
}
