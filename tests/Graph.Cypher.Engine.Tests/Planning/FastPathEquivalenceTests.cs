using System.Globalization;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Values;
using Graph.Storage;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Engine.Tests.Planning;

/// <summary>
/// The planner's and operators' shortcuts (ExpandIntersect, ExpandInto from the smaller end, size() as a degree,
/// IS NULL as a key lookup, label tests implied by the relationship type, DISTINCT aggregates in one table) must give
/// the rows, in the order, of the plain formulation they replace — on a snapshot and on a write overlay alike.
/// </summary>
public sealed class FastPathEquivalenceTests : IDisposable
{
    // 0, 1 :A; 2, 3, 4 :M; 5, 6 :Z; 7 unlabelled. T: A→M (parallel 0→2, one stray 1→7); U: M→Z (parallel 2→5,
    // and 20 from 3 to the hub 5); V: M→Z. Every U and V ends at a Z; not every T ends at an M.
    private static readonly (int From, string Type, int To)[] Relationships =
    [
        (0, "T", 2), (0, "T", 2), (0, "T", 3), (1, "T", 3), (1, "T", 4), (1, "T", 7),
        (2, "U", 5), (2, "U", 5), (2, "V", 5), (3, "V", 6), (4, "U", 6), (2, "U", 6),
        .. Enumerable.Repeat((3, "U", 5), 20),
    ];

    private readonly TempDirectory _folder = new();
    private readonly GraphStore _store;

    public FastPathEquivalenceTests()
    {
        _store = GraphStore.Open(_folder.Path, new StoreOptions { Fsync = false });
        var batch = new GraphBatch();
        for (int n = 0; n < 8; n++)
        {
            string[] labels = n < 2 ? ["A"] : n < 5 ? ["M"] : n < 7 ? ["Z"] : [];
            KeyValuePair<string, PropertyValue>[] properties = n % 2 == 0 ? [new("name", PropertyValue.From("n" + n))] : [];
            batch.UpsertNode("n" + n, labels, properties);
        }

        for (int i = 0; i < Relationships.Length; i++)
        {
            (int from, string type, int to) = Relationships[i];
            KeyValuePair<string, PropertyValue>[] properties = i % 3 == 0 ? [new("w", PropertyValue.From((long)i))] : [];
            batch.UpsertRelationship(type, "n" + from, "n" + to, i.ToString(CultureInfo.InvariantCulture), properties);
        }

        _store.Commit(batch);
        _store.Publish();
    }

    public static TheoryData<string, string> Pairs => new()
    {
        // ExpandIntersect against Expand then ExpandInto (a separate MATCH keeps the middle node bound first).
        {
            "MATCH (x:A), (z:Z) MATCH (x)-[r1:T]->(y)-[r2:U|V]->(z) RETURN id(x), id(r1), id(y), id(r2), id(z)",
            "MATCH (x:A), (z:Z) MATCH (x)-[r1:T]->(y) MATCH (y)-[r2:U|V]->(z) RETURN id(x), id(r1), id(y), id(r2), id(z)"
        },
        {
            "MATCH (z:Z), (x:A) MATCH (z)<-[r2:V|U]-(y:M)<-[r1:T]-(x) RETURN id(x), id(r1), id(y), id(r2), id(z)",
            "MATCH (z:Z), (x:A) MATCH (z)<-[r2:V|U]-(y:M) MATCH (y)<-[r1:T]-(x) RETURN id(x), id(r1), id(y), id(r2), id(z)"
        },

        // ExpandInto from the hub's other end against Expand and a filter.
        {
            "MATCH (x:M), (z:Z) MATCH (x)-[r:U]->(z) RETURN id(x), id(r), id(z)",
            "MATCH (x:M), (z:Z) MATCH (x)-[r:U]->(w) WHERE w = z RETURN id(x), id(r), id(z)"
        },
        {
            "MATCH (x:M), (z:Z) MATCH (z)<-[r:U]-(x) RETURN id(x), id(r), id(z)",
            "MATCH (x:M), (z:Z) MATCH (x)-[r:U]->(w) WHERE w = z RETURN id(x), id(r), id(z)"
        },

        // size() of a one-hop comprehension as the degree, and counted rather than collected.
        {
            "MATCH (n) RETURN id(n), size([(n)-[:T]->(m) | m]), size([(n)<-[:U|V]-(m) | 1]), size([(n)-[r]->(m) WHERE r.w IS NOT NULL | r])",
            "MATCH (n) RETURN id(n), size([(n)-[:T]->(m) | m.name]), size([(n)<-[:U|V]-(m) | m.name]), size([(n)-[r]->(m) WHERE r.w IS NOT NULL | r.w])"
        },

        // IS NULL on a property against IS NULL on the same value read in full.
        {
            "MATCH (n)-[r]->(m) RETURN id(r), n.name IS NULL, m.name IS NOT NULL, r.w IS NULL, r.nope IS NOT NULL",
            "MATCH (n)-[r]->(m) RETURN id(r), coalesce(n.name) IS NULL, coalesce(m.name) IS NOT NULL, coalesce(r.w) IS NULL, coalesce(r.nope) IS NOT NULL"
        },

        // Label tests after an expansion, implied (every U ends at a Z) or not (a T ends at 7).
        {
            "MATCH (x:M), (a:A) MATCH (x)-[r:U]->(z:Z) MATCH (a)-[t:T]->(m:M) RETURN id(r), id(z), id(t), id(m)",
            "MATCH (x:M), (a:A) MATCH (x)-[r:U]->(z) WHERE 'Z' IN labels(z) MATCH (a)-[t:T]->(m) WHERE 'M' IN labels(m) RETURN id(r), id(z), id(t), id(m)"
        },

        // DISTINCT aggregates per group against de-duplicating first.
        {
            "MATCH (x)-[r]->(y) RETURN id(x) AS x, collect(DISTINCT id(y)) AS ys, count(DISTINCT type(r)) AS types, count(DISTINCT y.name) AS names",
            "MATCH (x)-[r]->(y) WITH x, collect(id(y)) AS ids, collect(type(r)) AS ts, collect(y.name) AS ns " +
            "RETURN id(x) AS x, reduce(s = [], v IN ids | CASE WHEN v IN s THEN s ELSE s + v END) AS ys, " +
            "size(reduce(s = [], v IN ts | CASE WHEN v IN s THEN s ELSE s + v END)) AS types, " +
            "size(reduce(s = [], v IN ns | CASE WHEN v IN s THEN s ELSE s + v END)) AS names"
        },

        // Aggregation per value of a scanned node (groups completed as the node changes) against grouping by an
        // expression, which the planner does not treat as clustered.
        {
            "MATCH (x:M)-[r]->(y) WITH x, type(r) AS t, count(*) AS n, collect(DISTINCT id(y)) AS ys RETURN id(x), t, n, ys",
            "MATCH (x:M)-[r]->(y) WITH id(x) AS x, type(r) AS t, count(*) AS n, collect(DISTINCT id(y)) AS ys RETURN x, t, n, ys"
        },
        {
            "WITH 1 AS one MATCH (x)-[r]->(y) WHERE r.w IS NOT NULL WITH x, sum(r.w) AS w RETURN id(x), w",
            "WITH 1 AS one MATCH (x)-[r]->(y) WHERE r.w IS NOT NULL WITH id(x) AS x, sum(r.w) AS w RETURN x, w"
        },
        {
            "MATCH (x:A)-[r:Nope]->(y) WITH x, count(*) AS n RETURN id(x), n",
            "MATCH (x:A)-[r:Nope]->(y) WITH id(x) AS x, count(*) AS n RETURN x, n"
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_shortcut_gives_the_rows_of_the_plain_plan_in_order(string fast, string plain)
    {
        var engine = new CypherEngine(_store.Snapshot);
        Assert.Equal(Rows(engine.Execute(plain)), Rows(engine.Execute(fast)));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void On_a_write_overlay_too(string fast, string plain)
    {
        // A write clause (that changes nothing) makes the query run on the overlay, whose adjacency is not sorted.
        var engine = new CypherEngine(_store);
        const string Write = "OPTIONAL MATCH (q:Nothing) SET q.x = 1 WITH count(*) AS ignored ";
        Assert.Equal(Rows(engine.Execute(Write + plain)), Rows(engine.Execute(Write + fast)));
    }

    [Fact]
    public void The_cycle_and_shared_neighbour_patterns_are_planned_with_ExpandIntersect()
    {
        var engine = new CypherEngine(_store.Snapshot);
        string plan = engine.Execute("EXPLAIN " + Pairs.First()[0]).Plan!;
        Assert.Contains("ExpandIntersect (x)-[r1:T]->(y)-[r2:U|V]->(z)", plan, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private static List<string> Rows(QueryResult result)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        return [.. result.Rows.Select(row => string.Join(" | ", row.Select(value => value.ToString())))];
    }
}
