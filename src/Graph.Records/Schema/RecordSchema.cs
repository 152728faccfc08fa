using System.Text;
using Graph.Records.Rows;

namespace Graph.Records.Schema;

/// <summary>The fields of one record file (docs/records.md), its natural key and its base file name.</summary>
public sealed class RecordSchema
{
    private readonly Dictionary<string, FieldSpec> _byName;

    public RecordSchema(RecordKind kind, string baseName, IReadOnlyList<FieldSpec> fields, IReadOnlyList<KeyPart> key)
    {
        Kind = kind;
        BaseName = baseName;
        Fields = fields;
        Key = key;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        KeyFields = [.. key.SelectMany(p => p.Fields).Distinct(StringComparer.Ordinal)];
    }

    public RecordKind Kind { get; }

    /// <summary>snake_case file name without extension, e.g. <c>case_parties</c>.</summary>
    public string BaseName { get; }

    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The natural key; a row missing every alternative of any part is rejected (REC003).</summary>
    public IReadOnlyList<KeyPart> Key { get; }

    /// <summary>Every field used by some alternative of the key.</summary>
    public IReadOnlyList<string> KeyFields { get; }

    public FieldSpec? Field(string name) => _byName.GetValueOrDefault(name);

    public bool IsKnownField(string name) => _byName.ContainsKey(name);

    /// <summary>
    /// The schema's spelling of a column or property name that matches one of its fields ignoring case
    /// ("Case_No" → "case_no"), so exports with capitalised headers still load; other names are returned as given.
    /// </summary>
    public string CanonicalName(string name)
    {
        if (_byName.ContainsKey(name))
        {
            return name;
        }

        foreach (var field in Fields)
        {
            if (field.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return field.Name;
            }
        }

        return name;
    }

    /// <summary>Fields of the row the spec does not name; they are kept as extra properties.</summary>
    public IEnumerable<string> ExtraFields(RecordRow row) => row.Fields.Keys.Where(k => !IsKnownField(k));

    /// <summary>The alternative of <paramref name="part"/> this row satisfies, or null when it satisfies none.</summary>
    public static IReadOnlyList<string>? ChosenAlternative(KeyPart part, RecordRow row)
    {
        foreach (var alternative in part.Alternatives)
        {
            if (HasAll(alternative, row))
            {
                return alternative;
            }
        }

        return null;
    }

    private static bool HasAll(IReadOnlyList<string> fields, RecordRow row)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (row.Get(fields[i]) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The row's natural key, e.g. <c>case_parties|case_no=(2019)浙0602民初1234号|role=PLAINTIFF|party_id=…</c>.
    /// Values go through <see cref="KeyValueNormalizer"/>, so the same record written with other spacing,
    /// full-width characters or letter case gets the same key; loading it twice changes nothing.
    /// Throws when the row lacks a key part: readers never yield such rows.
    /// </summary>
    public string NaturalKey(RecordRow row)
    {
        var key = new StringBuilder(BaseName);
        foreach (var part in Key)
        {
            var alternative = ChosenAlternative(part, row)
                ?? throw new ArgumentException($"{row.Source}: row has no value for key part {part}.", nameof(row));
            foreach (var field in alternative)
            {
                var type = Field(field)?.Type ?? FieldType.Text;
                key.Append('|').Append(field).Append('=').Append(KeyValueNormalizer.Normalize(row.Get(field)!, type));
            }
        }

        return key.ToString();
    }
}
