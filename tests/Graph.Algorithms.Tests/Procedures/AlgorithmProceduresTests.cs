using Graph.Algorithms.Tests.Support;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;

namespace Graph.Algorithms.Tests.Procedures;

public sealed class AlgorithmProceduresTests : IDisposable
{
    private readonly StoreGraph _store = new(People.Create);

    [Fact]
    public void Wcc_yields_a_component_per_node()
    {
        var rows = Rows("CALL graph.wcc(null, null) YIELD node, component RETURN node.name AS name, component ORDER BY name");

        Assert.Equal(["a", "b", "c", "d", "e", "f"], rows.Select(r => r[0].AsString));
        Assert.Single(rows.Take(5).Select(r => r[1].AsInteger).Distinct());
        Assert.NotEqual(rows[0][1].AsInteger, rows[5][1].AsInteger);
    }

    [Fact]
    public void Labels_and_types_narrow_the_projection()
    {
        var rows = Rows("CALL graph.wcc(['Person'], ['KNOWS']) YIELD node, component RETURN node.name AS name, component ORDER BY name");

        Assert.Equal(["a", "b", "c", "e", "f"], rows.Select(r => r[0].AsString));
        Assert.Equal(3, rows.Select(r => r[1].AsInteger).Distinct().Count());
    }

    [Theory]
    [InlineData("CALL graph.scc(null, null) YIELD node, component RETURN count(*) AS rows")]
    [InlineData("CALL graph.louvain(null, null) YIELD node, community RETURN count(*) AS rows")]
    [InlineData("CALL graph.leiden(null, null) YIELD node, community RETURN count(*) AS rows")]
    [InlineData("CALL graph.labelPropagation(null, null) YIELD node, community RETURN count(*) AS rows")]
    [InlineData("CALL graph.betweenness(null, null, null) YIELD node, score RETURN count(*) AS rows")]
    [InlineData("CALL graph.degree(null, null) YIELD node, score RETURN count(*) AS rows")]
    [InlineData("CALL graph.triangles(null, null) YIELD node, triangles, coefficient RETURN count(*) AS rows")]
    public void Node_procedures_yield_one_row_per_node(string query) =>
        Assert.Equal(6L, Rows(query)[0][0].AsInteger);

    [Fact]
    public void Louvain_separates_the_triangle_from_the_company()
    {
        var rows = Rows("CALL graph.louvain(null, ['KNOWS', 'WORKS_AT']) YIELD node, community RETURN node.name AS name, community ORDER BY name");
        var community = rows.ToDictionary(r => r[0].AsString, r => r[1].AsInteger);

        Assert.Equal(community["a"], community["b"]);
        Assert.Equal(community["d"], community["e"]);
        Assert.NotEqual(community["a"], community["e"]);
    }

    [Fact]
    public void Pagerank_scores_sum_to_one()
    {
        var rows = Rows("CALL graph.pageRank(null, null) YIELD node, score RETURN sum(score) AS total, count(*) AS rows");

        Assert.Equal(1.0, rows[0][0].AsFloat, 1e-9);
        Assert.Equal(6L, rows[0][1].AsInteger);
    }

    [Fact]
    public void Triangles_and_coefficients_come_per_node()
    {
        var rows = Rows("CALL graph.triangles(null, null) YIELD node, triangles, coefficient RETURN node.name AS name, triangles, coefficient ORDER BY name");

        Assert.Equal([1L, 1, 1, 0, 0, 0], rows.Select(r => r[1].AsInteger));
        Assert.Equal(1.0, rows[0][2].AsFloat);
        Assert.Equal(1.0 / 3, rows[2][2].AsFloat, 1e-12);
    }

    [Fact]
    public void Similarity_pairs_people_at_the_same_company()
    {
        var rows = Rows("CALL graph.similarity(null, ['WORKS_AT'], 3) YIELD node1, node2, similarity RETURN node1.name AS a, node2.name AS b, similarity ORDER BY a, b");

        Assert.Equal([("c", "e", 1.0), ("e", "c", 1.0)], rows.Select(r => (r[0].AsString, r[1].AsString, r[2].AsFloat)));
    }

    [Fact]
    public void K_shortest_paths_come_as_paths_cheapest_first()
    {
        var rows = Rows(
            "MATCH (a {name: 'a'}), (e {name: 'e'}) CALL graph.kShortestPaths(a, e, 3, null) YIELD index, path " +
            "RETURN index, length(path) AS hops, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS types ORDER BY index");

        Assert.Equal([0L, 1], rows.Select(r => r[0].AsInteger));
        Assert.Equal([3L, 4], rows.Select(r => r[1].AsInteger));
        Assert.Equal(["a", "c", "d", "e"], rows[0][2].AsList.Select(v => v.AsString));
        Assert.Equal(["KNOWS", "WORKS_AT", "WORKS_AT"], rows[0][3].AsList.Select(v => v.AsString));
    }

    [Fact]
    public void K_shortest_paths_over_a_type_without_a_path_yield_nothing() =>
        Assert.Empty(Rows("MATCH (a {name: 'a'}), (e {name: 'e'}) CALL graph.kShortestPaths(a, e, 3, ['KNOWS']) YIELD index, path RETURN index"));

    [Fact]
    public void A_standalone_call_reads_its_arguments_from_parameters()
    {
        var parameters = new Dictionary<string, CypherValue> { ["labels"] = CypherValue.Null, ["types"] = CypherValue.Null };

        QueryResult result = _store.Engine.Execute("CALL graph.wcc", parameters);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(["node", "component"], result.Columns);
        Assert.Equal(6, result.Rows.Count);
    }

    [Fact]
    public void Arguments_of_the_wrong_type_are_refused()
    {
        Assert.False(_store.Engine.Execute("CALL graph.wcc(1, null) YIELD node RETURN node").Succeeded);
        Assert.False(_store.Engine.Execute("CALL graph.similarity(null, null, 'x') YIELD node1 RETURN node1").Succeeded);
    }

    [Fact]
    public void A_cancelled_query_reports_cancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        QueryResult result = _store.Engine.Execute("CALL graph.louvain(null, null) YIELD node, community RETURN node", cancellation: source.Token);

        Assert.Equal(ExecutionErrorCodes.Cancelled, result.Error?.Code);
    }

    public void Dispose() => _store.Dispose();

    private List<CypherValue[]> Rows(string query) => [.. _store.Run(query).Rows];
}
