using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Support;

/// <summary>Small hand-written batches shaped like the loader's.</summary>
internal static class SampleBatches
{
    public static readonly StoreOptions FastOptions = new() { Fsync = false };

    public static GraphBatch Case(int number, int parties)
    {
        var batch = new GraphBatch();
        string caseKey = $"Case:{number}";
        batch.UpsertNode(caseKey, ["Case", "Record"], [
            new("case_no", PropertyValue.From($"({number})浙0602民初{number}号")),
            new("amount_claimed", PropertyValue.From(1000.5 * number)),
            new("filed_on", PropertyValue.From(new DateOnly(2020, 1, 1).AddDays(number))),
            new("source", PropertyValue.From($"cases.csv:{number + 2}")),
        ]);
        for (int p = 0; p < parties; p++)
        {
            string person = $"Person:{number}-{p}";
            batch.UpsertNode(person, ["Person", "Entity"], [new("name", PropertyValue.From("张" + p)), new("resolution", PropertyValue.From("weak"))]);
            batch.AddToNodeList(person, "mentions", caseKey);
            batch.UpsertRelationship("PARTY_IN", person, caseKey, $"cases.csv:{number + 2}", [new("role", PropertyValue.From(p == 0 ? "plaintiff" : "defendant"))]);
        }

        return batch;
    }
}
