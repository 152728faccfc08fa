using System.Globalization;
using Graph.Records.Identifiers;

namespace Graph.Records.Rows;

/// <summary>
/// One readable row of a record file, with where it came from. Field values are kept as text
/// (trimmed; empty means unknown) and parsed by the typed getters; a reader only yields rows
/// whose typed fields parse, so the getters do not fail on rows it produced.
/// </summary>
public sealed class RecordRow
{
    private readonly IReadOnlyDictionary<string, string> _fields;

    public RecordRow(RecordKind kind, string file, int line, Dictionary<string, string> fields)
        : this(kind, file, line, (IReadOnlyDictionary<string, string>)fields)
    {
    }

    /// <summary>For readers that keep a row's values in an array over a shared column index (<see cref="RowFields"/>).</summary>
    internal RecordRow(RecordKind kind, string file, int line, IReadOnlyDictionary<string, string> fields)
    {
        Kind = kind;
        File = file;
        Line = line;
        _fields = fields;
    }

    public RecordKind Kind { get; }

    /// <summary>File name as given to the reader (relative to the dataset folder).</summary>
    public string File { get; }

    /// <summary>1-based line where the row starts (CSV: the header is line 1).</summary>
    public int Line { get; }

    /// <summary><c>file:line</c>, the provenance written on nodes and relationships.</summary>
    public string Source => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");

    public IReadOnlyDictionary<string, string> Fields => _fields;

    public string? Get(string field) =>
        _fields.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public DateOnly? GetDate(string field) =>
        Get(field) is { } v && FieldParsers.TryDate(v, out var d) ? d : null;

    public DateTimeOffset? GetTimestamp(string field) =>
        Get(field) is { } v && FieldParsers.TryTimestamp(v, out var t) ? t : null;

    public double? GetDecimal(string field) =>
        Get(field) is { } v && FieldParsers.TryDecimal(v, out var d) ? d : null;

    public long? GetInteger(string field) =>
        Get(field) is { } v && FieldParsers.TryInteger(v, out var i) ? i : null;

    public bool? GetBoolean(string field) =>
        Get(field) is { } v && FieldParsers.TryBoolean(v, out var b) ? b : null;

    /// <summary>
    /// The party named by fields <c>{prefix}kind/name/id/phone/address</c> (<c>{prefix}uscc</c> counts as the id),
    /// or null when none is present. <paramref name="defaultKind"/> wins over the spec's inference for
    /// prefixes that can only be one kind (a seller is a company, an agent a person).
    /// </summary>
    public PartyRef? GetParty(string prefix, PartyKind? defaultKind = null, bool readKind = true)
    {
        var fields = PartyFieldNames.Of(prefix);
        var name = Get(fields.Name);
        var id = Get(fields.Id) ?? Get(fields.Uscc);
        var phone = Get(fields.Phone);
        var address = Get(fields.Address);
        if (name is null && id is null && phone is null && address is null)
        {
            return null;
        }

        var kind = defaultKind ?? InferKind(readKind ? Get(fields.Kind) : null, id);
        return new PartyRef(prefix, kind, name, id, phone, address);
    }

    private static PartyKind InferKind(string? kind, string? id)
    {
        if (kind is not null)
        {
            if (kind.Equals("company", StringComparison.OrdinalIgnoreCase))
            {
                return PartyKind.Company;
            }

            if (kind.Equals("person", StringComparison.OrdinalIgnoreCase))
            {
                return PartyKind.Person;
            }
        }

        return Uscc.IsValid(id) ? PartyKind.Company : PartyKind.Person;
    }
}
