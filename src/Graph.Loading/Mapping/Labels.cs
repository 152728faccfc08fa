using System.Collections.Concurrent;
using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping;

/// <summary>Label lists, built once: a load writes millions of nodes with a dozen distinct label sets.</summary>
internal static class Labels
{
    private static readonly string[] Person = [EntityKeys.PersonLabel, EntityKeys.EntityLabel];
    private static readonly string[] Company = [EntityKeys.CompanyLabel, EntityKeys.EntityLabel];
    private static readonly ConcurrentDictionary<string, string[]> Single = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]> Records = new(StringComparer.Ordinal);

    public static string[] Entity(PartyKind kind) => kind == PartyKind.Company ? Company : Person;

    public static string[] Of(string label) => Single.GetOrAdd(label, l => [l]);

    /// <summary>A record's own label and <c>Record</c>.</summary>
    public static string[] Record(string label) => Records.GetOrAdd(label, l => [l, GraphNames.Record]);
}
