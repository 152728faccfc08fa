using System.Text;

namespace Graph.Records.Reading;

/// <summary>
/// Turns field bytes into strings. Exports repeat short values down a column (a court, a role, a kind), so
/// each column remembers its last short value and reuses the string when the bytes repeat: with tens of
/// millions of rows this saves most of the allocations a CSV reader makes.
/// </summary>
internal sealed class CsvValueDecoder
{
    private const int MaxRememberedBytes = 64;

    private readonly byte[][] _lastBytes;
    private readonly int[] _lastLength;
    private readonly string?[] _lastValue;
    private byte[] _unescaped = new byte[256];

    public CsvValueDecoder(int columns)
    {
        _lastBytes = new byte[columns][];
        _lastLength = new int[columns];
        _lastValue = new string?[columns];
        for (var i = 0; i < columns; i++)
        {
            _lastBytes[i] = new byte[MaxRememberedBytes];
        }
    }

    public static string DecodeOnce(ReadOnlySpan<byte> bytes, bool hasEscapedQuotes)
    {
        if (!hasEscapedQuotes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var buffer = new byte[bytes.Length];
        return Encoding.UTF8.GetString(buffer.AsSpan(0, Unescape(bytes, buffer)));
    }

    public string Decode(int column, ReadOnlySpan<byte> bytes, bool hasEscapedQuotes)
    {
        if (hasEscapedQuotes)
        {
            if (_unescaped.Length < bytes.Length)
            {
                _unescaped = new byte[Math.Max(bytes.Length, _unescaped.Length * 2)];
            }

            return Encoding.UTF8.GetString(_unescaped.AsSpan(0, Unescape(bytes, _unescaped)));
        }

        if (bytes.Length > MaxRememberedBytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var last = _lastBytes[column].AsSpan(0, _lastLength[column]);
        if (_lastValue[column] is { } remembered && bytes.SequenceEqual(last))
        {
            return remembered;
        }

        var value = Encoding.UTF8.GetString(bytes);
        bytes.CopyTo(_lastBytes[column]);
        _lastLength[column] = bytes.Length;
        _lastValue[column] = value;
        return value;
    }

    /// <summary>Collapses each doubled quote; returns the unescaped length.</summary>
    private static int Unescape(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        var n = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[n++] = bytes[i];
            if (bytes[i] == (byte)'"' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'"')
            {
                i++;
            }
        }

        return n;
    }
}
