using System.Globalization;
using Graph.Storage;
using Graph.Storage.Values;
using Graph.Storage.Writing;

// Commits batches forever so that a test can kill -9 it at any moment and check that the store
// holds exactly the batches it finished. Usage: <store folder> <seed> <checkpoint every n batches>
// Prints "committed <n>" once Commit(batch n) has returned, and "checkpoint-start" before checkpoints.
string folder = args[0];
var random = new Random(int.Parse(args[1], CultureInfo.InvariantCulture));
int checkpointEvery = int.Parse(args[2], CultureInfo.InvariantCulture);

using GraphStore store = GraphStore.Open(folder, StoreOptions.Default with { Indexes = [] });
int batchNumber = int.Parse(store.GetMeta("batches") ?? "0", CultureInfo.InvariantCulture);
Console.WriteLine("opened " + batchNumber.ToString(CultureInfo.InvariantCulture));
while (true)
{
    var batch = new GraphBatch();
    int items = random.Next(1, 300);
    for (int item = 0; item < items; item++)
    {
        string key = $"item:{batchNumber}:{item}";
        batch.UpsertNode(key, ["Item"], [new("batch", PropertyValue.From(batchNumber)), new("payload", PropertyValue.From(new string('x', random.Next(0, 64))))]);
        if (item > 0)
        {
            batch.UpsertRelationship("NEXT", $"item:{batchNumber}:{item - 1}", key, "", [new("batch", PropertyValue.From(batchNumber))]);
        }
    }

    // The marker comes last: a batch applied only in part would show items without it.
    string marker = $"marker:{batchNumber}";
    batch.UpsertNode(marker, ["Marker"], [new("batch", PropertyValue.From(batchNumber)), new("items", PropertyValue.From(items))]);
    batch.UpsertRelationship("MARKS", marker, $"item:{batchNumber}:0", "", []);
    store.SetMeta("batches", (batchNumber + 1).ToString(CultureInfo.InvariantCulture));
    store.Commit(batch);
    Console.WriteLine("committed " + batchNumber.ToString(CultureInfo.InvariantCulture));
    batchNumber++;
    if (batchNumber % checkpointEvery == 0)
    {
        Console.WriteLine("checkpoint-start");
        store.Checkpoint();
        Console.WriteLine("checkpoint-done");
    }
}
