using Graph.Rings.Suspicion;
using Graph.Storage.Reading;

namespace Graph.Rings.Finding;

/// <summary>
/// Completes a ring with the bidders of its own flagged auctions that no rule named: in a rigged sale the
/// token or frenzy bidders are the winner's shills (domain signals A2, A5), whoever the rule chose to name.
/// Only auctions get this: the other side of a flagged suit or the creditor of a flagged enforcement is as
/// often the victim as an accomplice. A bidder busy elsewhere (many records, few flagged) is left out, as
/// is one that already belongs to another ring.
/// </summary>
internal sealed class RingExpansion
{
    private const string AuctionModel = "auction";

    private readonly IGraphReader _reader;
    private readonly SuspicionGraph _graph;
    private readonly SuspicionOptions _options;
    private readonly int _bidOn;
    private readonly int _placed;
    private readonly int _auction;
    private readonly int _person;
    private readonly int _company;
    private readonly int _record;
    private readonly HashSet<int> _flagged = [];

    public RingExpansion(IGraphReader reader, SuspicionGraph graph, SuspicionOptions options)
    {
        _reader = reader;
        _graph = graph;
        _options = options;
        _bidOn = reader.RelationshipTypeId("BID_ON");
        _placed = reader.RelationshipTypeId("PLACED");
        _auction = reader.LabelId("Auction");
        _person = reader.LabelId("Person");
        _company = reader.LabelId("Company");
        _record = reader.LabelId("Record");
        foreach (var hit in graph.Hits)
        {
            foreach (var record in hit.Records)
            {
                _flagged.Add(record.NodeId);
            }
        }
    }

    public IReadOnlyList<RingCandidate> Expand(IReadOnlyList<RingCandidate> candidates)
    {
        if (_bidOn < 0 || _placed < 0 || _auction < 0)
        {
            return candidates;
        }

        var taken = new HashSet<int>(_graph.Entities.Select(e => e.NodeId));
        var result = new List<RingCandidate>(candidates.Count);
        foreach (RingCandidate candidate in candidates)
        {
            var added = new List<int>();
            // Auctions an auction rule flagged as rigged: another model's rule may cite a fair sale (the payout a
            // queue-jumping suit aims at), whose bidders are strangers to the ring.
            var auctions = candidate.Hits.Select(h => _graph.Hits[h]).Where(h => h.Model == AuctionModel)
                .SelectMany(h => h.Records).Select(r => r.NodeId).Where(n => _reader.HasLabel(n, _auction)).Distinct();
            foreach (int auction in auctions)
            {
                foreach (int bid in _reader.Neighbours(auction, _bidOn, Direction.Incoming))
                {
                    foreach (int bidder in _reader.Neighbours(bid, _placed, Direction.Incoming))
                    {
                        if (IsEntity(bidder) && !IsBusy(bidder) && taken.Add(bidder))
                        {
                            added.Add(bidder);
                        }
                    }
                }
            }

            result.Add(added.Count == 0 ? candidate : candidate with { Associates = [.. added] });
        }

        return result;
    }

    private bool IsEntity(int node) => _reader.NodeExists(node) && (_reader.HasLabel(node, _person) || _reader.HasLabel(node, _company));

    /// <summary>The hub test of <see cref="SuspicionGraphBuilder"/>, for a party no hit named.</summary>
    private bool IsBusy(int node)
    {
        int records = 0;
        int flagged = 0;
        foreach (int neighbour in _reader.Neighbours(node, -1, Direction.Outgoing))
        {
            if (_reader.HasLabel(neighbour, _record))
            {
                records++;
                flagged += _flagged.Contains(neighbour) ? 1 : 0;
            }
        }

        return records >= _options.HubMinRecords && (flagged + 1.0) / (records + 1.0) < _options.HubMaxFlaggedShare;
    }
}
