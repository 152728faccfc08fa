using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Rings.Tests.Support;

/// <summary>
/// A store written directly through a batch, for tests that need records behind hits: persons (Person:Pn), cases
/// (Case:Cn with a filing date and an amount), auctions with bids, and the links between them, as the loader would write them.
/// </summary>
public sealed class SmallStore : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly GraphBatch _batch = new();
    private GraphStore? _store;

    public SmallStore Person(string name)
    {
        _batch.UpsertNode($"Person:{name}", ["Person", "Entity"], [KeyValuePair.Create("name", PropertyValue.From(name))]);
        return this;
    }

    public SmallStore Case(string caseNo, DateOnly filed, double amount, params string[] parties)
    {
        _batch.UpsertNode($"Case:{caseNo}", ["Case", "Record"],
        [
            KeyValuePair.Create("case_no", PropertyValue.From(caseNo)),
            KeyValuePair.Create("filed_on", PropertyValue.From(filed)),
            KeyValuePair.Create("closed_on", PropertyValue.From(filed.AddDays(5))),
            KeyValuePair.Create("amount_claimed", PropertyValue.From(amount)),
            KeyValuePair.Create("cause", PropertyValue.From("private_lending")),
        ]);
        foreach (string party in parties)
        {
            _batch.UpsertRelationship("PARTY_IN", $"Person:{party}", $"Case:{caseNo}", "plaintiff", []);
        }

        return this;
    }

    /// <summary>An auction of the owner's asset and one bid per bidder (Bid -BID_ON-> Auction, bidder -PLACED-> Bid).</summary>
    public SmallStore Auction(string auctionId, string owner, params string[] bidders)
    {
        _batch.UpsertNode($"Auction:{auctionId}", ["Auction", "Record"],
        [
            KeyValuePair.Create("auction_id", PropertyValue.From(auctionId)),
            KeyValuePair.Create("deal_price", PropertyValue.From(500_000.0)),
        ]);
        _batch.UpsertRelationship("OWNER_IN", $"Person:{owner}", $"Auction:{auctionId}", "", []);
        foreach (string bidder in bidders)
        {
            string bid = $"Bid:{auctionId}|{bidder}";
            _batch.UpsertNode(bid, ["Bid", "Record"], [KeyValuePair.Create("auction_id", PropertyValue.From(auctionId))]);
            _batch.UpsertRelationship("BID_ON", bid, $"Auction:{auctionId}", "", []);
            _batch.UpsertRelationship("PLACED", $"Person:{bidder}", bid, "", []);
        }

        return this;
    }

    /// <summary>Commits what was added and returns the published snapshot.</summary>
    public IGraphReader Open()
    {
        _store = GraphStore.Open(_folder["store"], new StoreOptions { Fsync = false });
        _store.Commit(_batch);
        return _store.Publish();
    }

    public static int Node(IGraphReader reader, string key) => reader.FindNodeByKey(key);

    public void Dispose()
    {
        _store?.Dispose();
        _folder.Dispose();
    }
}
