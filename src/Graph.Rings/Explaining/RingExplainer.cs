using System.Security.Cryptography;
using System.Text;
using Graph.Rings.Finding;
using Graph.Rings.Reports;
using Graph.Rings.Scoring;
using Graph.Rings.Suspicion;
using Graph.Rules;
using Graph.Storage.Reading;

namespace Graph.Rings.Explaining;

/// <summary>
/// Turns a scored candidate into a <see cref="Ring"/> an investigator can read: members with kind, name and
/// id, the records cited, one sentence per piece of evidence and a dated timeline of the records.
/// </summary>
public sealed class RingExplainer
{
    private readonly SuspicionGraph _graph;
    private readonly IGraphReader? _reader;
    private readonly RecordFacts? _facts;
    private readonly EntityIds? _ids;

    /// <summary>Without a reader, records carry no dates or amounts and ids come from the hits alone.</summary>
    public RingExplainer(SuspicionGraph graph, IGraphReader? reader)
    {
        _graph = graph;
        _reader = reader;
        if (reader is not null)
        {
            _facts = new RecordFacts(reader);
            _ids = new EntityIds(reader);
        }
    }

    /// <summary>The ring's records (distinct by node, in order of first citation) with their date and amount.</summary>
    public IReadOnlyList<RingRecord> Records(RingCandidate candidate)
    {
        var seen = new HashSet<int>();
        var records = new List<RingRecord>();
        foreach (int h in candidate.Hits)
        {
            foreach (HitRecord record in _graph.Hits[h].Records)
            {
                if (seen.Add(record.NodeId))
                {
                    records.Add(new RingRecord(record.NodeId, record.Kind, record.Key, _facts?.Date(record.NodeId), _facts?.Amount(record.NodeId)));
                }
            }
        }

        return records;
    }

    public Ring Explain(RingCandidate candidate, IReadOnlyList<RingRecord> records, RingScore score, decimal amount, ScoreBreakdown breakdown)
    {
        var members = candidate.Members
            .Select(e => Member(e, candidate))
            .Concat(candidate.Associates.Select(Associate).OfType<RingMember>())
            .OrderByDescending(m => m.Hits).ThenBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        // Each rule's strongest hit first, so the first lines show every signal; then the repeats.
        var evidence = candidate.Hits
            .Select(h => _graph.Hits[h])
            .GroupBy(h => h.RuleId, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(h => h.Weight).Select((h, rank) => (Hit: h, Rank: rank)))
            .OrderBy(x => x.Rank).ThenByDescending(x => x.Hit.Weight).ThenBy(x => x.Hit.RuleId, StringComparer.Ordinal)
            .Select(x => new RingEvidence(x.Hit.RuleId, x.Hit.Model, x.Hit.Weight, Sentence(x.Hit), [.. x.Hit.Records.Select(r => r.Key).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var timeline = _facts is null
            ? []
            : records.SelectMany(r => _facts.Timeline(r.NodeId, r.Kind, r.Key))
                .OrderBy(t => t.Date).ThenBy(t => t.Key, StringComparer.Ordinal).ThenBy(t => t.Text, StringComparer.Ordinal)
                .ToList();
        var sortedRecords = records.OrderBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new Ring(RingId(candidate), score.Value, score.Models, members, sortedRecords, evidence, timeline, amount, breakdown);
    }

    private RingMember Member(int entity, RingCandidate candidate)
    {
        HitEntity e = _graph.Entities[entity];
        int hits = _graph.EntityHits[entity].Count(h => Array.BinarySearch(candidate.Hits, h) >= 0);
        string? id = ValidIdentifier.OrNull(e.Kind, e.Id) ?? ValidIdentifier.OrNull(e.Kind, _ids?.Of(e.NodeId, e.Kind));
        return new RingMember(e.NodeId, e.Kind, e.Name, id, hits);
    }

    /// <summary>A party added from the ring's records: no hit names it, so its description comes from the store.</summary>
    private RingMember? Associate(int node) => _ids?.Describe(node) is { } e ? new RingMember(node, e.Kind, e.Name, ValidIdentifier.OrNull(e.Kind, e.Id), 0) : null;

    /// <summary>The rule's own sentence; a plain one naming the parties when the rule gave none.</summary>
    private static string Sentence(RuleHit hit) =>
        hit.Text is { Length: > 0 } text ? text : $"{hit.RuleId}: {string.Join("、", hit.Entities.Select(e => e.Name))}";

    /// <summary>Stable across runs on the same store: the members' natural keys (or node ids without a store), hashed.</summary>
    private string RingId(RingCandidate candidate)
    {
        var keys = candidate.Members.Select(e => _graph.Entities[e].NodeId).Concat(candidate.Associates)
            .Select(node => _reader?.NodeKey(node) ?? node.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys)));
        return "RING-" + Convert.ToHexString(hash, 0, 5);
    }
}
