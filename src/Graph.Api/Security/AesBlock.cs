using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;
using X86Aes = System.Runtime.Intrinsics.X86.Aes;

namespace Graph.Api.Security;

/// <summary>
/// AES-128 under one key, one 16-byte block at a time (the building block of the id codec's CMAC and CBC). With the
/// processor's AES instructions a block costs a few nanoseconds and no state, so one instance serves every thread;
/// the platform's cipher costs a call into the crypto library per block, several times the encryption itself. Without
/// those instructions each thread keeps a platform ECB transform instead; both give the same output.
/// </summary>
public sealed class AesBlock : IDisposable
{
    private readonly Vector128<byte>[]? _roundKeys;
    private readonly ThreadLocal<LibraryBlock>? _library;

    /// <param name="key">16 bytes.</param>
    /// <param name="useProcessor">False forces the platform cipher (tests compare the two).</param>
    public AesBlock(ReadOnlySpan<byte> key, bool useProcessor = true)
    {
        if (key.Length != 16)
        {
            throw new ArgumentException("AES-128 takes a 16-byte key.", nameof(key));
        }

        if (useProcessor && X86Aes.IsSupported)
        {
            _roundKeys = ExpandKey(Vector128.Create(key));
        }
        else
        {
            var copy = key.ToArray();
            _library = new ThreadLocal<LibraryBlock>(() => new LibraryBlock(copy), trackAllValues: true);
        }
    }

    public bool UsesProcessor => _roundKeys is not null;

    public Vector128<byte> Encrypt(Vector128<byte> block)
    {
        if (_roundKeys is not { } keys)
        {
            return _library!.Value!.Encrypt(block);
        }

        var state = block ^ keys[0];
        for (var round = 1; round < 10; round++)
        {
            state = X86Aes.Encrypt(state, keys[round]);
        }

        return X86Aes.EncryptLast(state, keys[10]);
    }

    public void Dispose()
    {
        if (_library is null)
        {
            return;
        }

        foreach (var block in _library.Values)
        {
            block.Dispose();
        }

        _library.Dispose();
    }

    /// <summary>The AES-128 key schedule with AESKEYGENASSIST (FIPS-197 section 5.2).</summary>
    private static Vector128<byte>[] ExpandKey(Vector128<byte> key)
    {
        var keys = new Vector128<byte>[11];
        keys[0] = key;
        for (var i = 1; i <= 10; i++)
        {
            var assist = Sse2.Shuffle(Assist(key, i).AsUInt32(), 0xFF).AsByte();
            key ^= Sse2.ShiftLeftLogical128BitLane(key, 4);
            key ^= Sse2.ShiftLeftLogical128BitLane(key, 4);
            key ^= Sse2.ShiftLeftLogical128BitLane(key, 4);
            key ^= assist;
            keys[i] = key;
        }

        return keys;
    }

    // The round constant must be an immediate operand, hence one call per round.
    private static Vector128<byte> Assist(Vector128<byte> key, int round) => round switch
    {
        1 => X86Aes.KeygenAssist(key, 0x01),
        2 => X86Aes.KeygenAssist(key, 0x02),
        3 => X86Aes.KeygenAssist(key, 0x04),
        4 => X86Aes.KeygenAssist(key, 0x08),
        5 => X86Aes.KeygenAssist(key, 0x10),
        6 => X86Aes.KeygenAssist(key, 0x20),
        7 => X86Aes.KeygenAssist(key, 0x40),
        8 => X86Aes.KeygenAssist(key, 0x80),
        9 => X86Aes.KeygenAssist(key, 0x1B),
        _ => X86Aes.KeygenAssist(key, 0x36),
    };

    /// <summary>One thread's platform ECB transform and its buffers.</summary>
    private sealed class LibraryBlock : IDisposable
    {
        private readonly ICryptoTransform _transform;
        private readonly byte[] _in = new byte[16];
        private readonly byte[] _out = new byte[16];

        public LibraryBlock(byte[] key)
        {
            using var aes = System.Security.Cryptography.Aes.Create();
            aes.Key = key;
            aes.Mode = CipherMode.ECB;
            aes.Padding = PaddingMode.None;
            _transform = aes.CreateEncryptor();
        }

        public Vector128<byte> Encrypt(Vector128<byte> block)
        {
            block.CopyTo(_in);
            _transform.TransformBlock(_in, 0, 16, _out, 0);
            return Vector128.Create(_out);
        }

        public void Dispose() => _transform.Dispose();
    }
}
