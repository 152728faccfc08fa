using System.Collections.Concurrent;

namespace Graph.Records.Rows;

/// <summary>
/// The column names of one party prefix, concatenated once: every row asks for several parties,
/// and building "party_name", "party_id", ... per row was a handful of garbage strings each time.
/// </summary>
internal sealed class PartyFieldNames
{
    private static readonly ConcurrentDictionary<string, PartyFieldNames> ByPrefix = new(StringComparer.Ordinal);

    private PartyFieldNames(string prefix)
    {
        Kind = prefix + "kind";
        Name = prefix + "name";
        Id = prefix + "id";
        Uscc = prefix + "uscc";
        Phone = prefix + "phone";
        Address = prefix + "address";
    }

    public string Kind { get; }

    public string Name { get; }

    public string Id { get; }

    public string Uscc { get; }

    public string Phone { get; }

    public string Address { get; }

    public static PartyFieldNames Of(string prefix) => ByPrefix.GetOrAdd(prefix, p => new PartyFieldNames(p));
}
