using Graph.Generation;
using Graph.Loading.Evaluation;
using Graph.Loading.Loading;
using Graph.Loading.Tests.Support;
using Graph.Storage;

namespace Graph.Loading.Tests.Loading;

/// <summary>The loader on a generated dataset with its noise: malformed rows, duplicates, mistyped ids.</summary>
public sealed class GeneratedDatasetLoadTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_generated_dataset_loads_with_its_rejects_and_a_second_load_changes_nothing()
    {
        var generated = DatasetGenerator.Generate(new GeneratorOptions { Scale = 0.05, Seed = 3, OutputDirectory = _temp.Sub("gen") });
        using var store = GraphStore.Open(_temp.Sub("store"), StoreOptions.Default with { Fsync = false });
        var evaluator = EntityResolutionEvaluator.FromReferencesFile(generated.ReferencesPath);
        var loader = new DatasetLoader(store, new LoadOptions { BatchRows = 1_000, ResolutionSink = evaluator });

        var first = loader.Load(generated.OutputDirectory);
        var afterFirst = GraphDump.Of(store.Snapshot);
        var second = new DatasetLoader(store).Load(generated.OutputDirectory);

        Assert.Equal(generated.TotalRows + generated.MalformedRows, first.RowsRead);
        // Every row read is loaded or rejected; none vanishes. (The generator also counts persons rows without
        // id_number as malformed, which Graph.Records keys by name+phone instead, so the counts need not match.)
        Assert.All(first.Files, f => Assert.Equal(f.RowsRead, f.RowsLoaded + f.RowsRejected));
        Assert.True(first.Rejects > 0);
        Assert.True(first.Batches > 1);
        Assert.True(evaluator.Result().Precision >= 0.95);
        Assert.Equal((second.NodesBefore, second.RelationshipsBefore), (second.NodesAfter, second.RelationshipsAfter));
        Assert.Equal(afterFirst, GraphDump.Of(store.Snapshot));
    }
}
