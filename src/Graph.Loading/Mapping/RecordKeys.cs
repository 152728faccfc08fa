using Graph.Records.Schema;

namespace Graph.Loading.Mapping;

/// <summary>
/// Natural keys of record nodes: <c>Case:(2019)浙0602民初1234号</c>. Key values go through the
/// readers' key normaliser, so a number written with other spacing or width is the same record.
/// </summary>
public static class RecordKeys
{
    public static string Of(string label, string number) =>
        string.Concat(label, ":", KeyValueNormalizer.Normalize(number, FieldType.Text));

    /// <summary>A key of several parts, each normalised as its field type says, joined by '|'.</summary>
    public static string Composite(string label, params (string? Value, FieldType Type)[] parts) =>
        string.Concat(label, ":", string.Join("|", parts.Select(p => p.Value is null ? "" : KeyValueNormalizer.Normalize(p.Value, p.Type))));
}
