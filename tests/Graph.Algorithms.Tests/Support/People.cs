namespace Graph.Algorithms.Tests.Support;

/// <summary>
/// A small litigation-flavoured graph: a KNOWS triangle a→b→c→a (weights w = 2, 3, missing), c and e
/// working at company d, and f on its own.
/// </summary>
public static class People
{
    public const string Create =
        "CREATE (a:Person {name: 'a'}), (b:Person {name: 'b'}), (c:Person {name: 'c'}), (d:Company {name: 'd'}), (e:Person {name: 'e'}), (f:Person {name: 'f'}), " +
        "(a)-[:KNOWS {w: 2.0}]->(b), (b)-[:KNOWS {w: 3}]->(c), (c)-[:KNOWS]->(a), (c)-[:WORKS_AT]->(d), (e)-[:WORKS_AT]->(d)";

    /// <summary>Node id by name.</summary>
    public static Dictionary<string, int> Ids(StoreGraph store) =>
        store.Run("MATCH (n) RETURN n.name AS name, n").Rows.ToDictionary(row => row[0].AsString, row => row[1].AsNodeId);
}
