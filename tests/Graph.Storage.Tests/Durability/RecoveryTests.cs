using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;
using Graph.Storage.Values;

namespace Graph.Storage.Tests.Durability;

public sealed class RecoveryTests
{
    private static readonly StoreOptions Options = SampleBatches.FastOptions;

    [Fact]
    public void Garbage_after_the_last_frame_is_cut_off_and_later_commits_survive()
    {
        using var folder = new TempDirectory();
        CommitCases(folder.Path, 3);
        string log = LogFile(folder.Path);
        File.AppendAllText(log, "this is not a frame, just noise left by a crash");

        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            AssertCases(store.Snapshot, 3);
            store.Commit(SampleBatches.Case(4, 2));
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, Options);
        AssertCases(reopened.Snapshot, 4);
    }

    [Fact]
    public void A_half_written_frame_leaves_nothing_of_its_batch()
    {
        using var folder = new TempDirectory();
        CommitCases(folder.Path, 4);
        string log = LogFile(folder.Path);
        using (var stream = new FileStream(log, FileMode.Open))
        {
            stream.SetLength(stream.Length - 7);
        }

        using GraphStore store = GraphStore.Open(folder.Path, Options);
        AssertCases(store.Snapshot, 3);
        Assert.Equal(-1, store.Snapshot.FindNodeByKey("Person:4-0"));
    }

    [Fact]
    public void A_frame_with_a_bad_checksum_is_dropped()
    {
        using var folder = new TempDirectory();
        CommitCases(folder.Path, 4);
        string log = LogFile(folder.Path);
        byte[] bytes = File.ReadAllBytes(log);
        bytes[^3] ^= 0x5A;
        File.WriteAllBytes(log, bytes);

        using GraphStore store = GraphStore.Open(folder.Path, Options);
        AssertCases(store.Snapshot, 3);
    }

    [Fact]
    public void A_read_only_open_sees_complete_frames_and_leaves_the_log_alone()
    {
        using var folder = new TempDirectory();
        CommitCases(folder.Path, 3);
        string log = LogFile(folder.Path);
        File.AppendAllText(log, "torn");
        long length = new FileInfo(log).Length;

        AssertCases(GraphStore.OpenReadOnly(folder.Path, Options), 3);
        Assert.Equal(length, new FileInfo(log).Length);
    }

    [Fact]
    public void A_reader_can_open_while_a_writer_holds_the_store()
    {
        using var folder = new TempDirectory();
        using GraphStore writer = GraphStore.Open(folder.Path, Options);
        writer.Commit(SampleBatches.Case(1, 2));
        writer.Checkpoint();
        writer.Commit(SampleBatches.Case(2, 2));

        AssertCases(GraphStore.OpenReadOnly(folder.Path, Options), 2);
    }

    [Fact]
    public void Metadata_survives_commits_checkpoints_and_close()
    {
        using var folder = new TempDirectory();
        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            store.SetMeta("a", "1");
            store.Commit(SampleBatches.Case(1, 1));
            store.SetMeta("b", "2");
            store.Checkpoint();
            store.SetMeta("c", "3");
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, Options);
        Assert.Equal("1", reopened.GetMeta("a"));
        Assert.Equal("2", reopened.GetMeta("b"));
        Assert.Equal("3", reopened.GetMeta("c"));
        Assert.Equal("3", reopened.Snapshot.GetMeta("c"));
        Assert.Null(reopened.GetMeta("d"));
    }

    [Fact]
    public void A_checkpoint_replaces_the_old_files_and_stray_files_are_removed_on_open()
    {
        using var folder = new TempDirectory();
        CommitCases(folder.Path, 2);
        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            store.Checkpoint();
            store.Commit(SampleBatches.Case(3, 2));
        }

        Assert.Equal(["LOCK", "MANIFEST", "checkpoint-000001.bin", "wal-000001.log"], Files(folder.Path));
        File.WriteAllText(folder.Sub("checkpoint-000002.bin.tmp"), "interrupted");
        File.WriteAllText(folder.Sub("wal-000002.log"), "interrupted");

        using GraphStore reopened = GraphStore.Open(folder.Path, Options);
        Assert.Equal(["LOCK", "MANIFEST", "checkpoint-000001.bin", "wal-000001.log"], Files(folder.Path));
        AssertCases(reopened.Snapshot, 3);
    }

    [Fact]
    public void Reopening_with_other_indexes_rebuilds_them_instead_of_trusting_the_checkpoint()
    {
        using var folder = new TempDirectory();
        using (GraphStore store = GraphStore.Open(folder.Path, Options with { Indexes = [new("Case", "case_no")] }))
        {
            store.Commit(SampleBatches.Case(1, 2));
            store.Checkpoint();
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, Options with { Indexes = [new("Person", "name")] });
        IGraphReader reader = reopened.Snapshot;
        int person = reader.LabelId("Person"), name = reader.PropertyKeyId("name");
        Assert.True(reader.HasIndex(person, name));
        Assert.False(reader.HasIndex(reader.LabelId("Case"), reader.PropertyKeyId("case_no")));
        Assert.Equal(1, reader.FindNodes(person, name, PropertyValue.From("张1")).Length);
    }

    [Fact]
    public void Tens_of_thousands_of_keys_and_strings_survive_a_checkpoint_round_trip()
    {
        using var folder = new TempDirectory();
        const int count = 70_000;
        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            var batch = new Writing.GraphBatch();
            for (int i = 0; i < count; i++)
            {
                batch.UpsertNode($"Phone:138{i:D8}", ["Phone"], [new("number", PropertyValue.From($"138{i:D8}"))]);
            }

            store.Commit(batch);
            store.Checkpoint();
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, Options);
        IGraphReader reader = reopened.Snapshot;
        int phone = reader.LabelId("Phone"), number = reader.PropertyKeyId("number");
        for (int i = 0; i < count; i += 7)
        {
            int node = reader.FindNodeByKey($"Phone:138{i:D8}");
            Assert.Equal(i, node);
            Assert.Equal([node], reader.FindNodes(phone, number, PropertyValue.From($"138{i:D8}")).ToArray());
        }

        Assert.Equal(-1, reader.FindNodeByKey($"Phone:138{count:D8}"));
    }

    private static void CommitCases(string path, int count)
    {
        using GraphStore store = GraphStore.Open(path, Options);
        for (int i = 1; i <= count; i++)
        {
            store.Commit(SampleBatches.Case(i, 2));
        }
    }

    private static void AssertCases(IGraphReader reader, int count)
    {
        Assert.Equal(count * 3, reader.NodeCount);
        Assert.Equal(count * 2, reader.RelationshipCount);
        Assert.Equal(count, reader.Version);
        for (int i = 1; i <= count; i++)
        {
            int node = reader.FindNodeByKey($"Case:{i}");
            Assert.True(node >= 0);
            Assert.Equal(2, reader.Degree(node, reader.RelationshipTypeId("PARTY_IN"), Direction.Incoming));
        }
    }

    private static string LogFile(string path) => Directory.GetFiles(path, "wal-*.log").Single();

    private static string[] Files(string path) =>
        [.. Directory.GetFiles(path).Select(file => System.IO.Path.GetFileName(file)).Order(StringComparer.Ordinal)];
}
