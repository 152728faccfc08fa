using System.Text.RegularExpressions;
using Graph.Api.Model;
using Graph.Api.Security;
using Graph.Api.Store;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Api.Services;

/// <summary>
/// Finds nodes by what an investigator types: a resident id, a USCC, a phone number, a record number (case, award,
/// claim, invoice, auction) through the store's natural-key indexes, or a name through the n-gram
/// <see cref="NameIndex"/>. Results are ranked (exact before prefix before substring) and ordered by score, then key.
/// </summary>
public sealed partial class SearchService(NameIndexProvider names, NodeIdCodec ids)
{
    public const int MaxResults = 1_000;

    public IReadOnlyList<SearchHitView> Search(GraphSnapshot snapshot, string text, SearchKind? kind)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }

        var describer = new GraphDescriber(snapshot, ids);
        var hits = new Dictionary<string, SearchHitView>(StringComparer.Ordinal);
        var folded = TextNormaliser.Fold(query);
        if (Wants(kind, SearchKind.Person) && ResidentId().IsMatch(folded))
        {
            AddIndexed(hits, describer, "Person", "id_number", folded, "id_number");
        }

        if (Wants(kind, SearchKind.Company) && Uscc().IsMatch(folded))
        {
            AddIndexed(hits, describer, "Company", "uscc", folded, "uscc");
        }

        var digits = TextNormaliser.PhoneDigits(query);
        if (digits.Length >= 7 && PhoneLike().IsMatch(query) && (Wants(kind, SearchKind.Phone) || Wants(kind, SearchKind.Entity)))
        {
            AddPhone(hits, describer, digits, kind);
        }

        if (Wants(kind, SearchKind.Record))
        {
            AddRecords(hits, describer, query, folded);
        }

        if ((Wants(kind, SearchKind.Person) || Wants(kind, SearchKind.Company)) && hits.Count == 0)
        {
            AddNames(hits, describer, snapshot, folded, kind);
        }

        return hits.Values
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(MaxResults)
            .ToList();
    }

    private static bool Wants(SearchKind? asked, SearchKind kind) => asked switch
    {
        null => true,
        SearchKind.Entity => kind is SearchKind.Person or SearchKind.Company or SearchKind.Entity,
        _ => asked == kind,
    };

    private static void AddIndexed(Dictionary<string, SearchHitView> hits, GraphDescriber describer, string label, string property, string value, string matchedOn)
    {
        var reader = describer.Reader;
        var labelId = reader.LabelId(label);
        var keyId = reader.PropertyKeyId(property);
        if (labelId < 0 || keyId < 0)
        {
            return;
        }

        foreach (var node in reader.FindNodes(labelId, keyId, PropertyValue.From(value)).ToArray())
        {
            Add(hits, describer, node, matchedOn, 1.0);
        }
    }

    private static void AddPhone(Dictionary<string, SearchHitView> hits, GraphDescriber describer, string digits, SearchKind? kind)
    {
        var reader = describer.Reader;
        var phone = reader.FindNodeByKey("Phone:" + digits);
        if (phone < 0)
        {
            return;
        }

        if (kind is null or SearchKind.Phone)
        {
            Add(hits, describer, phone, "phone", 1.0);
        }

        if (kind is SearchKind.Phone)
        {
            return;
        }

        foreach (var owner in reader.Neighbours(phone, reader.RelationshipTypeId("HAS_PHONE"), Direction.Incoming).ToArray())
        {
            Add(hits, describer, owner, "phone", 0.95);
        }
    }

    private static void AddRecords(Dictionary<string, SearchHitView> hits, GraphDescriber describer, string query, string folded)
    {
        var reader = describer.Reader;
        foreach (var (label, property) in NodeKinds.RecordNumberProperty)
        {
            var labelId = reader.LabelId(label);
            var keyId = reader.PropertyKeyId(property);
            if (labelId >= 0 && keyId >= 0 && reader.HasIndex(labelId, keyId))
            {
                foreach (var node in reader.FindNodes(labelId, keyId, PropertyValue.From(query)).ToArray())
                {
                    Add(hits, describer, node, "record_number", 1.0);
                }
            }

            var byKey = reader.FindNodeByKey(label + ":" + folded);
            if (byKey >= 0)
            {
                Add(hits, describer, byKey, "record_number", 1.0);
            }
        }
    }

    private void AddNames(Dictionary<string, SearchHitView> hits, GraphDescriber describer, GraphSnapshot snapshot, string folded, SearchKind? kind)
    {
        var index = names.For(snapshot);
        var vocabulary = snapshot.Vocabulary;
        foreach (var node in index.Candidates(folded, MaxResults * 4))
        {
            var isPerson = describer.Reader.HasLabel(node, vocabulary.Person);
            if ((isPerson && !Wants(kind, SearchKind.Person)) || (!isPerson && !Wants(kind, SearchKind.Company)))
            {
                continue;
            }

            var name = TextNormaliser.Fold(describer.Text(node, "name") ?? "");
            var score = name == folded ? 1.0 : name.StartsWith(folded, StringComparison.Ordinal) ? 0.8 : name.Contains(folded, StringComparison.Ordinal) ? 0.6 : 0.4;
            // Shorter names closer to the query rank first among equals.
            score -= Math.Min(0.09, Math.Abs(name.Length - folded.Length) * 0.01);
            Add(hits, describer, node, "name", Math.Round(score, 4));
        }
    }

    private static void Add(Dictionary<string, SearchHitView> hits, GraphDescriber describer, int node, string matchedOn, double score)
    {
        var key = describer.Reader.NodeKey(node);
        if (!hits.TryGetValue(key, out var known) || known.Score < score)
        {
            hits[key] = new SearchHitView(key, describer.Kind(node), describer.Caption(node), matchedOn, score);
        }
    }

    [GeneratedRegex(@"^(\d{17}[\dX]|\d{15})$")]
    private static partial Regex ResidentId();

    [GeneratedRegex(@"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex Uscc();

    [GeneratedRegex(@"^[\s+()\-0-9０-９]+$")]
    private static partial Regex PhoneLike();
}
