using System.Globalization;
using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;

namespace Graph.Storage.Tests.Durability;

/// <summary>
/// The durability promise, tested for real: a writer process is killed with SIGKILL at
/// random moments (between commits and during checkpoints) and the store must reopen holding
/// every batch reported committed and no part of any other.
/// </summary>
public sealed class CrashTests
{
    [Fact]
    public void Killing_the_writer_loses_no_reported_batch_and_leaves_no_partial_one()
    {
        using var folder = new TempDirectory();
        var random = new Random(20261129);
        int knownCommitted = 0;
        for (int round = 0; round < 4; round++)
        {
            bool duringCheckpoint = round % 2 == 1;
            using (var host = new CrashHostProcess(folder.Path, random.Next(), checkpointEvery: 4))
            {
                bool reached = duringCheckpoint
                    ? host.WaitFor(line => line == "checkpoint-start", TimeSpan.FromSeconds(20))
                    : WaitForCommits(host, random.Next(2, 12));
                Assert.True(reached, "the host did not get going:\n" + host.Transcript);
                if (!duringCheckpoint)
                {
                    Thread.Sleep(random.Next(0, 15));
                }

                host.Kill();
                knownCommitted = Math.Max(knownCommitted, host.LastReported + 1);
            }

            VerifyStore(folder.Path, knownCommitted);
        }
    }

    private static bool WaitForCommits(CrashHostProcess host, int count) =>
        host.WaitFor(line => line.StartsWith("committed ", StringComparison.Ordinal) && int.Parse(line["committed ".Length..], CultureInfo.InvariantCulture) >= count, TimeSpan.FromSeconds(20))
        || host.LastReported >= 0;

    private static void VerifyStore(string path, int reportedCount)
    {
        using GraphStore store = GraphStore.Open(path, new StoreOptions { Indexes = [] });
        IGraphReader reader = store.Snapshot;
        int batches = int.Parse(store.GetMeta("batches") ?? "0", CultureInfo.InvariantCulture);
        Assert.InRange(batches, reportedCount, reportedCount + 1);

        int expectedNodes = 0, expectedRelationships = 0;
        int batch = 0;
        for (; ; batch++)
        {
            int marker = reader.FindNodeByKey($"marker:{batch}");
            if (marker < 0)
            {
                Assert.Equal(-1, reader.FindNodeByKey($"item:{batch}:0"));
                break;
            }

            int items = (int)reader.NodeProperty(marker, reader.PropertyKeyId("items")).AsInteger;
            for (int item = 0; item < items; item++)
            {
                int node = reader.FindNodeByKey($"item:{batch}:{item}");
                Assert.True(node >= 0, $"batch {batch} lacks item {item}");
                Assert.Equal(batch, reader.NodeProperty(node, reader.PropertyKeyId("batch")).AsInteger);
                Assert.Equal(item < items - 1 ? 1 : 0, reader.Degree(node, reader.RelationshipTypeId("NEXT"), Direction.Outgoing));
            }

            expectedNodes += items + 1;
            expectedRelationships += items;
        }

        Assert.Equal(batches, batch);
        Assert.Equal(expectedNodes, reader.NodeCount);
        Assert.Equal(expectedRelationships, reader.RelationshipCount);
    }
}
