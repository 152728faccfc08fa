using Graph.Loading.Loading;
using Graph.Loading.Tests.Support;
using Graph.Storage;

namespace Graph.Loading.Tests.Loading;

public sealed class DatasetLoaderTests : IDisposable
{
    private static readonly StoreOptions Options = StoreOptions.Default with { Fsync = false };
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_bad_row_goes_to_the_rejects_file_and_the_rest_loads()
    {
        SmallDataset.Write(_temp.Sub("data"));
        using var store = GraphStore.Open(_temp.Sub("store"), Options);

        var summary = new DatasetLoader(store).Load(_temp.Sub("data"));

        Assert.Equal(1, summary.Rejects);
        var cases = Assert.Single(summary.Files, f => f.File == "cases.csv");
        Assert.Equal((3L, 2L, 1L), (cases.RowsRead, cases.RowsLoaded, cases.RowsRejected));
        Assert.StartsWith(Path.Combine(store.Path, "rejects"), summary.RejectsPath, StringComparison.Ordinal);
        var reject = Assert.Single(File.ReadAllLines(summary.RejectsPath), l => l.Contains("REC004", StringComparison.Ordinal));
        Assert.StartsWith("cases.csv,3,,filed_on,REC004,error,", reject, StringComparison.Ordinal);

        var graph = store.Snapshot;
        Assert.True(graph.FindNodeByKey("Case:(2019)浙0602民初1号") >= 0);
        Assert.True(graph.FindNodeByKey("Case:(2019)浙0602民初3号") >= 0);
        Assert.True(graph.FindNodeByKey("Person:" + SmallDataset.PlaintiffId) >= 0);
    }

    [Fact]
    public void The_name_phone_variant_and_the_id_land_on_one_person()
    {
        SmallDataset.Write(_temp.Sub("data"));
        using var store = GraphStore.Open(_temp.Sub("store"), Options);

        var summary = new DatasetLoader(store).Load(_temp.Sub("data"));

        var graph = store.Snapshot;
        var person = graph.FindNodeByKey("Person:" + SmallDataset.PlaintiffId);
        var partyIn = graph.RelationshipTypeId("PARTY_IN");
        Assert.Equal(2, graph.Neighbours(person, partyIn, Graph.Storage.Reading.Direction.Outgoing).Length);
        Assert.Equal(1, summary.Resolution.ByMatched["name+phone"]);
    }

    [Fact]
    public void Loading_the_same_folder_twice_changes_nothing()
    {
        SmallDataset.Write(_temp.Sub("data"));
        using var store = GraphStore.Open(_temp.Sub("store"), Options);
        var loader = new DatasetLoader(store);

        var first = loader.Load(_temp.Sub("data"));
        var afterFirst = GraphDump.Of(store.Snapshot);
        var second = loader.Load(_temp.Sub("data"));

        Assert.Equal(first.NodesAfter, second.NodesBefore);
        Assert.Equal(second.NodesBefore, second.NodesAfter);
        Assert.Equal(second.RelationshipsBefore, second.RelationshipsAfter);
        Assert.Equal(afterFirst, GraphDump.Of(store.Snapshot));
    }

    [Fact]
    public void The_summary_is_kept_in_the_store_and_survives_reopening()
    {
        SmallDataset.Write(_temp.Sub("data"));
        LoadSummary summary;
        using (var store = GraphStore.Open(_temp.Sub("store"), Options))
        {
            summary = new DatasetLoader(store).Load(_temp.Sub("data"));
        }

        using var reopened = GraphStore.Open(_temp.Sub("store"), Options);
        var kept = LoadSummary.FromJson(reopened.GetMeta(LoadSummary.MetaKey));

        Assert.NotNull(kept);
        Assert.Equal(summary.RowsRead, kept.RowsRead);
        Assert.Equal(summary.Resolution.PersonsStrong, kept.Resolution.PersonsStrong);
        Assert.Equal(summary.NodesAfter, reopened.Snapshot.NodeCount);
    }

    [Fact]
    public void Progress_reports_both_passes_and_ends_done()
    {
        SmallDataset.Write(_temp.Sub("data"));
        using var store = GraphStore.Open(_temp.Sub("store"), Options);
        var reports = new List<LoadProgress>();

        new DatasetLoader(store, new LoadOptions { ProgressEveryRows = 1 }).Load(_temp.Sub("data"), new SynchronousProgress<LoadProgress>(reports.Add));

        Assert.Contains(reports, r => r.Phase == LoadPhase.Resolve && r.File == "cases.csv");
        Assert.Contains(reports, r => r.Phase == LoadPhase.Write && r.Fraction == 1);
        Assert.Equal(LoadPhase.Done, reports[^1].Phase);
    }

    [Fact]
    public void A_missing_dataset_folder_fails_with_a_stable_code()
    {
        using var store = GraphStore.Open(_temp.Sub("store"), Options);

        var error = Assert.Throws<LoadException>(() => new DatasetLoader(store).Load(_temp.Sub("nope")));

        Assert.Equal(LoadErrorCodes.DatasetNotFound, error.Code);
    }

    [Fact]
    public void Cancellation_stops_the_load()
    {
        SmallDataset.Write(_temp.Sub("data"));
        using var store = GraphStore.Open(_temp.Sub("store"), Options);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new DatasetLoader(store).Load(_temp.Sub("data"), null, cancelled.Token));
    }
}
