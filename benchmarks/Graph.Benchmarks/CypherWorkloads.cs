using Graph.Cypher.Engine;
using Graph.Cypher.Values;
using Graph.Storage.Reading;

namespace Graph.Benchmarks;

/// <summary>The three workloads as Cypher text through the engine with prepared queries; same inputs as <see cref="Workloads"/>.</summary>
internal static class CypherWorkloads
{
    public const string TwoHopText = "MATCH (p)--()--(m) WHERE id(p) = $p RETURN count(DISTINCT m) AS c";

    public const string PathExistsText = "MATCH (a), (b) WHERE id(a) = $a AND id(b) = $b RETURN exists((a)-[*..4]-(b)) AS joined";

    public const string SharedPhoneText =
        "MATCH (c:Case {case_no: $no})<-[:PARTY_IN]-(p1)-[:HAS_PHONE]->(ph)<-[:HAS_PHONE]-(p2)-[:PARTY_IN]->(c) " +
        "WHERE p1 <> p2 AND ph.number IS NOT NULL RETURN p1, p2, ph";

    public static CypherWorkload TwoHop(CypherEngine engine, IGraphReader reader)
    {
        int[] starts = SyntheticStore.SamplePeople(reader, Workloads.Queries, seed: 1);
        return new CypherWorkload("cypher: 2-hop distinct neighbour count", engine, TwoHopText, i => Map(("p", CypherValue.Integer(starts[i]))), Workloads.Queries);
    }

    public static CypherWorkload PathExists(CypherEngine engine, IGraphReader reader)
    {
        (int[] sources, int[] targets) = Workloads.PathPairs(reader);
        return new CypherWorkload("cypher: path exists, up to 4 hops", engine, PathExistsText,
            i => Map(("a", CypherValue.Integer(sources[i])), ("b", CypherValue.Integer(targets[i]))), Workloads.Queries);
    }

    public static CypherWorkload SharedPhone(CypherEngine engine)
    {
        string[] numbers = Workloads.CaseNumbers();
        return new CypherWorkload("cypher: parties of one case sharing a phone", engine, SharedPhoneText, i => Map(("no", CypherValue.String(numbers[i]))), Workloads.Queries);
    }

    private static Dictionary<string, CypherValue> Map(params (string Name, CypherValue Value)[] entries) =>
        entries.ToDictionary(entry => entry.Name, entry => entry.Value, StringComparer.Ordinal);
}
