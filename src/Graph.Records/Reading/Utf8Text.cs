using System.Text;
using Graph.Records.Issues;

namespace Graph.Records.Reading;

internal static class Utf8Text
{
    /// <summary>The start of a row's bytes as text, cut at the first line break and at <see cref="RecordIssue.MaxRawLength"/> characters.</summary>
    public static string Excerpt(ReadOnlySpan<byte> bytes)
    {
        var newline = bytes.IndexOfAny((byte)'\n', (byte)'\r');
        if (newline >= 0)
        {
            bytes = bytes[..newline];
        }

        // Four bytes per character at most: never decode more than the excerpt can show.
        bytes = bytes[..Math.Min(bytes.Length, (RecordIssue.MaxRawLength + 1) * 4)];
        return RecordIssue.Excerpt(Encoding.UTF8.GetString(bytes))!;
    }
}
