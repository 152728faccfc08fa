using System.Globalization;
using Graph.Records.Rows;
using Graph.Records.Normalization;

namespace Graph.Records.Schema;

/// <summary>How a key field's value is compared: the same record written twice must produce the same key.</summary>
public static class KeyValueNormalizer
{
    public static string Normalize(string value, FieldType type)
    {
        if (type == FieldType.Timestamp && FieldParsers.TryTimestamp(value, out var instant))
        {
            // "10:00+08:00" and "02:00Z" are the same bid.
            return instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        }

        return TextFolding.Compact(value);
    }
}
