using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Engine;

/// <summary>The adapter's own duties: error translation, fresh graphs, and cleaning up its scratch folders.</summary>
public sealed class CypherEngineAdapterTests
{
    private static readonly IReadOnlyDictionary<string, TckValue> NoParameters = new Dictionary<string, TckValue>();

    [Fact]
    public void A_syntax_error_is_a_compile_time_error_with_its_tck_class()
    {
        using var engine = new CypherEngineAdapter();

        var outcome = engine.Execute("RETURN 1 +", NoParameters, CancellationToken.None);

        var error = Assert.IsType<TckQueryError>(outcome);
        Assert.Equal("SyntaxError", error.Type);
        Assert.Equal(TckErrorPhase.CompileTime, error.Phase);
        Assert.StartsWith("CYP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fresh_engine_has_an_empty_graph()
    {
        using var engine = new CypherEngineAdapter();
        Assert.Equal(TckGraphSnapshot.Empty, Normalise(engine.Snapshot()));
    }

    [Fact]
    public void Reset_replaces_the_store_and_dispose_deletes_every_scratch_folder()
    {
        var engine = new CypherEngineAdapter();
        engine.Reset();
        engine.Reset();
        Assert.Single(Directory.EnumerateDirectories(engine.ScratchRoot));

        engine.Dispose();

        Assert.False(Directory.Exists(engine.ScratchRoot));
    }

    private static TckGraphSnapshot Normalise(TckGraphSnapshot snapshot) =>
        snapshot.Nodes.Count + snapshot.Relationships.Count + snapshot.Labels.Count + snapshot.Properties.Count == 0 ? TckGraphSnapshot.Empty : snapshot;
}
