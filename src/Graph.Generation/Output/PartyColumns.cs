using System.Collections.Concurrent;

namespace Graph.Generation.Output;

/// <summary>Which columns of a file carry a reference's name, id, phone, address and kind for a given prefix.</summary>
public sealed record PartyColumns(string? Name, string? Id, string? Phone, string? Address, string? Kind)
{
    private static readonly ConcurrentDictionary<(string, string), PartyColumns> Cache = new();

    public static PartyColumns For(FileSchema schema, string prefix) => Cache.GetOrAdd((schema.BaseName, prefix), _ => Resolve(schema, prefix));

    private static PartyColumns Resolve(FileSchema schema, string prefix)
    {
        string? First(params string[] candidates) => candidates.FirstOrDefault(c => schema.Columns.Contains(c));

        // The registry files name the subject with bare columns ("uscc", "name"); company_people uses company_name.
        return new PartyColumns(
            First(prefix + "name", prefix == "" ? "name" : "_"),
            First(prefix + "id", prefix + "uscc", prefix is "" or "company_" ? "uscc" : "_", prefix == "" ? "id_number" : "_"),
            First(prefix + "phone"),
            First(prefix + "address", prefix == "" ? "registered_address" : "_"),
            First(prefix + "kind"));
    }
}
