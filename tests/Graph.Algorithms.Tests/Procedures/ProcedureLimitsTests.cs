using System.Diagnostics;
using Graph.Algorithms.Tests.Support;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;

namespace Graph.Algorithms.Tests.Procedures;

public sealed class ProcedureLimitsTests
{
    [Fact]
    public void The_time_limit_stops_an_algorithm_while_it_runs()
    {
        // Exact betweenness of a 20,000-leaf star walks the whole star from every node: seconds of work.
        using var store = new StoreGraph("CREATE (c:Hub) WITH c UNWIND range(1, 20000) AS i CREATE (c)-[:R]->(:Leaf)");
        var options = new QueryOptions { Limits = new QueryLimits { TimeLimit = TimeSpan.FromMilliseconds(300) } };
        var watch = Stopwatch.StartNew();

        QueryResult result = store.Engine.Execute("CALL graph.betweenness(null, null, null) YIELD node, score RETURN max(score) AS top", options: options);

        Assert.Equal(ExecutionErrorCodes.TimeLimitExceeded, result.Error?.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {watch.Elapsed}");
    }

    [Fact]
    public void Sampling_keeps_the_same_query_within_the_limit()
    {
        using var store = new StoreGraph("CREATE (c:Hub) WITH c UNWIND range(1, 20000) AS i CREATE (c)-[:R]->(:Leaf)");

        QueryResult result = store.Run("CALL graph.betweenness(null, null, 50) YIELD node, score RETURN max(score) AS top");

        // The hub lies on every leaf-to-leaf path: n(n-1)/2 pairs of the 20,000 leaves, estimated from 50 sources.
        Assert.InRange(result.Rows[0][0].AsFloat, 1e8, 3e8);
    }
}
