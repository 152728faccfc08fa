using System.Collections.Concurrent;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Loads each IANA zone's rules once per process.</summary>
internal static class ZoneRulesCache
{
    private static readonly ConcurrentDictionary<string, ZoneRules?> Rules = new(StringComparer.Ordinal);

    public static bool Exists(string id) => Rules.GetOrAdd(id, ZoneRules.TryLoad) is not null;

    public static ZoneRules Get(string id) =>
        Rules.GetOrAdd(id, ZoneRules.TryLoad) ?? throw Errors.Fail.Value($"Unknown time zone: '{id}'");
}
