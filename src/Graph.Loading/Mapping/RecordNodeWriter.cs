using Graph.Records.Rows;
using Graph.Records.Schema;
using Graph.Storage.Values;

namespace Graph.Loading.Mapping;

/// <summary>
/// Writes a record node: every column of the row that is not a party attribute, typed by the
/// record schema (dates, timestamps, amounts, booleans), unknown columns as text, plus <c>source</c>.
/// </summary>
public static class RecordNodeWriter
{
    public static void Write(MappingContext context, RecordRow row, string label, string key, IReadOnlySet<string> partyFields)
    {
        var properties = Properties(row, partyFields);
        properties.Set("source", context.Source(row));
        context.Batch.UpsertNode(key, Labels.Record(label), properties);
    }

    /// <summary>The row's non-party columns as typed properties (used for registry rows too).</summary>
    public static PropertyList Properties(RecordRow row, IReadOnlySet<string> excluded)
    {
        var schema = RecordSchemas.For(row.Kind);
        // One more than the row's fields: record nodes also get "source".
        var properties = new PropertyList(row.Fields.Count + 1);
        foreach (var field in row.Fields.Keys)
        {
            if (excluded.Contains(field) || row.Get(field) is not { } text)
            {
                continue;
            }

            properties.Set(field, Typed(schema.Field(field)?.Type ?? FieldType.Text, text));
        }

        return properties;
    }

    public static PropertyValue Typed(FieldType type, string text) => type switch
    {
        FieldType.Date when FieldParsers.TryDate(text, out var date) => PropertyValue.From(date),
        FieldType.Timestamp when FieldParsers.TryTimestamp(text, out var instant) => PropertyValue.From(instant),
        FieldType.Decimal when FieldParsers.TryDecimal(text, out var amount) => PropertyValue.From(amount),
        FieldType.Integer when FieldParsers.TryInteger(text, out var count) => PropertyValue.From(count),
        FieldType.Boolean when FieldParsers.TryBoolean(text, out var flag) => PropertyValue.From(flag),
        FieldType.Enum => PropertyValue.From(text.ToLowerInvariant()),
        _ => PropertyValue.From(text),
    };
}
