using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>A pattern's relationship type alternatives (:A|B), resolved to tokens of one snapshot; none listed means every type.</summary>
public sealed class RelationshipTypes
{
    private readonly string[] _names;
    private IGraphReader? _resolvedFor;
    private int[] _ids = [];

    public RelationshipTypes(params string[] names)
    {
        _names = names;
    }

    public static RelationshipTypes Any { get; } = new();

    public IReadOnlyList<string> Names => _names;

    /// <summary>Type tokens present in the snapshot (unknown names simply match nothing), or [-1] for every type.</summary>
    public int[] Resolve(IGraphReader reader)
    {
        if (ReferenceEquals(_resolvedFor, reader))
        {
            return _ids;
        }

        var ids = new List<int>();
        if (_names.Length == 0)
        {
            // -1 asks the reader for the node's whole adjacency segment in one span.
            ids.Add(-1);
        }
        else
        {
            foreach (string name in _names)
            {
                int id = reader.RelationshipTypeId(name);
                if (id >= 0 && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        _ids = [.. ids];

        // A type missing now may be created later by this same query (on its write overlay): look again next time.
        _resolvedFor = _names.Length == 0 || ids.Count == _names.Length ? reader : null;
        return _ids;
    }

    public override string ToString() => _names.Length == 0 ? string.Empty : ":" + string.Join('|', _names);
}
