using Graph.Api.Store;
using Graph.Storage.Values;

namespace Graph.Api.Services;

/// <summary>
/// An in-memory n-gram index over person and company names (every variant in <c>names</c> too), built once per
/// snapshot: Chinese names have no word boundaries, so a name is indexed by its single characters and its
/// overlapping character pairs. A query of one character looks up the characters; a longer one intersects its
/// pairs, rarest first, so a search costs the size of its rarest pair's list, not a scan of every name.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, int[]> _postings;

    private NameIndex(long version, Dictionary<string, int[]> postings, int entities)
    {
        Version = version;
        _postings = postings;
        EntityCount = entities;
    }

    public long Version { get; }

    public int EntityCount { get; }

    public static NameIndex Build(GraphSnapshot snapshot, CancellationToken cancellation = default)
    {
        var reader = snapshot.Reader;
        var vocabulary = snapshot.Vocabulary;
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var entities = 0;
        foreach (var label in (int[])[vocabulary.Person, vocabulary.Company])
        {
            if (label < 0)
            {
                continue;
            }

            var nodes = reader.NodesWithLabel(label).ToArray();
            foreach (var node in nodes)
            {
                cancellation.ThrowIfCancellationRequested();
                entities++;
                var grams = new HashSet<string>(StringComparer.Ordinal);
                AddGrams(grams, reader.NodeProperty(node, vocabulary.Name));
                if (vocabulary.Names >= 0)
                {
                    AddGrams(grams, reader.NodeProperty(node, vocabulary.Names));
                }

                foreach (var gram in grams)
                {
                    if (!lists.TryGetValue(gram, out var list))
                    {
                        lists[gram] = list = [];
                    }

                    list.Add(node);
                }
            }
        }

        var postings = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (gram, list) in lists)
        {
            var array = list.ToArray();
            Array.Sort(array);
            postings[gram] = array;
        }

        return new NameIndex(reader.Version, postings, entities);
    }

    /// <summary>Nodes whose names contain every character pair of the query (every character for one-character queries).</summary>
    public IReadOnlyList<int> Candidates(string query, int limit)
    {
        var folded = TextNormaliser.Fold(query);
        if (folded.Length == 0)
        {
            return [];
        }

        var grams = Grams(folded).Where(g => g.Length == Math.Min(2, folded.Length)).Distinct(StringComparer.Ordinal).ToList();
        var lists = new List<int[]>(grams.Count);
        foreach (var gram in grams)
        {
            if (!_postings.TryGetValue(gram, out var list))
            {
                return [];
            }

            lists.Add(list);
        }

        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        IEnumerable<int> result = lists[0];
        for (var i = 1; i < lists.Count; i++)
        {
            var other = lists[i];
            result = result.Where(node => Array.BinarySearch(other, node) >= 0);
        }

        return result.Take(limit).ToList();
    }

    private static void AddGrams(HashSet<string> grams, PropertyValue value)
    {
        if (value.Kind == PropertyKind.String)
        {
            grams.UnionWith(Grams(TextNormaliser.Fold(value.AsString)));
        }
        else if (value.Kind == PropertyKind.StringList)
        {
            foreach (var name in value.AsStringList)
            {
                grams.UnionWith(Grams(TextNormaliser.Fold(name)));
            }
        }
    }

    private static IEnumerable<string> Grams(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            yield return text.Substring(i, 1);
            if (i + 1 < text.Length)
            {
                yield return text.Substring(i, 2);
            }
        }
    }
}
