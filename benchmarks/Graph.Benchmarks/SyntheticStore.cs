using System.Globalization;
using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Benchmarks;

/// <summary>
/// A synthetic case graph, built once into a temp folder (checkpointed) and reopened by later runs:
/// people, cases and phones; each case has two parties, a tenth of them sharing a phone; the rest of
/// the relationships are random KNOWS between people. GRAPH_BENCH_NODES scales it (default 1M nodes, 5 relationships per node).
/// </summary>
internal static class SyntheticStore
{
    public static int NodeCount => int.TryParse(Environment.GetEnvironmentVariable("GRAPH_BENCH_NODES"), out int n) ? n : 1_000_000;

    public static int People => NodeCount * 6 / 10;

    public static int Cases => NodeCount * 2 / 10;

    public static int Phones => NodeCount - People - Cases;

    public static string Folder => Path.Combine(Path.GetTempPath(), "graph-bench-store-" + NodeCount.ToString(CultureInfo.InvariantCulture));

    public static GraphStore Open()
    {
        var options = new StoreOptions { Fsync = false };
        var store = GraphStore.Open(Folder, options);
        if (store.Snapshot.NodeCount == NodeCount)
        {
            return store;
        }

        Console.Error.WriteLine($"Building a synthetic store of {NodeCount:N0} nodes in {Folder} (once; upserts make a resumed build idempotent)...");
        Fill(store);
        store.Checkpoint();
        return store;
    }

    private static void Fill(GraphStore store)
    {
        var random = new Random(42);
        var batch = new GraphBatch();
        void Flush()
        {
            if (batch.Count > 0)
            {
                store.Commit(batch);
                batch = new GraphBatch();
            }
        }

        for (int p = 0; p < People; p++)
        {
            batch.UpsertNode(Person(p), ["Person"], [new("name", PropertyValue.From("person " + p))]);
            if (batch.Count >= 100_000)
            {
                Flush();
            }
        }

        for (int c = 0; c < Cases; c++)
        {
            batch.UpsertNode(Case(c), ["Case"], [new("case_no", PropertyValue.From(CaseNumber(c)))]);
            if (batch.Count >= 100_000)
            {
                Flush();
            }
        }

        for (int f = 0; f < Phones; f++)
        {
            batch.UpsertNode(Phone(f), ["Phone"], [new("number", PropertyValue.From("1380000" + f.ToString(CultureInfo.InvariantCulture)))]);
            if (batch.Count >= 100_000)
            {
                Flush();
            }
        }

        Flush();
        long relationships = 0;
        long target = (long)NodeCount * 5;
        for (int c = 0; c < Cases; c++)
        {
            int first = random.Next(People);
            int second = random.Next(People);
            batch.UpsertRelationship("PARTY_IN", Person(first), Case(c), string.Empty, []);
            batch.UpsertRelationship("PARTY_IN", Person(second), Case(c), string.Empty, []);
            int phone = random.Next(Phones);
            batch.UpsertRelationship("HAS_PHONE", Person(first), Phone(phone), string.Empty, []);
            batch.UpsertRelationship("HAS_PHONE", Person(second), Phone(c % 10 == 0 ? phone : random.Next(Phones)), string.Empty, []);
            relationships += 4;
            if (batch.Count >= 200_000)
            {
                Flush();
            }
        }

        for (; relationships < target; relationships++)
        {
            batch.UpsertRelationship("KNOWS", Person(random.Next(People)), Person(random.Next(People)), relationships.ToString(CultureInfo.InvariantCulture), []);
            if (batch.Count >= 200_000)
            {
                Flush();
            }
        }

        Flush();
        store.Publish();
    }

    public static string Person(int index) => "P" + index.ToString(CultureInfo.InvariantCulture);

    public static string Case(int index) => "C" + index.ToString(CultureInfo.InvariantCulture);

    public static string Phone(int index) => "F" + index.ToString(CultureInfo.InvariantCulture);

    public static string CaseNumber(int index) => "(2019)浙0602民初" + index.ToString(CultureInfo.InvariantCulture) + "号";

    /// <summary>Node ids of a fixed pseudo-random sample of people.</summary>
    public static int[] SamplePeople(IGraphReader reader, int count, int seed)
    {
        var random = new Random(seed);
        ReadOnlySpan<int> people = reader.NodesWithLabel(reader.LabelId("Person"));
        var sample = new int[count];
        for (int i = 0; i < count; i++)
        {
            sample[i] = people[random.Next(people.Length)];
        }

        return sample;
    }
}
