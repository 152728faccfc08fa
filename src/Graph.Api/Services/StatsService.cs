using Graph.Api.Store;

namespace Graph.Api.Services;

/// <summary>Counts over a snapshot, computed once per snapshot (a relationship count is a full pass).</summary>
public sealed class StatsService
{
    private StatsView? _last;

    public StatsView For(GraphSnapshot snapshot)
    {
        var last = _last;
        if (last is not null && last.Version == snapshot.Version)
        {
            return last;
        }

        var reader = snapshot.Reader;
        var labels = reader.Labels.Select((name, id) => new CountView(name, reader.NodesWithLabel(id).Length)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var perType = new int[reader.RelationshipTypes.Count];
        var relationships = 0;
        for (var r = 0; r < reader.RelationshipCount; r++)
        {
            if (reader.RelationshipExists(r))
            {
                perType[reader.RelationshipType(r)]++;
                relationships++;
            }
        }

        var nodes = 0;
        for (var n = 0; n < reader.NodeCount; n++)
        {
            if (reader.NodeExists(n))
            {
                nodes++;
            }
        }

        var types = reader.RelationshipTypes.Select((name, id) => new CountView(name, perType[id])).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var view = new StatsView(reader.Version, nodes, relationships, labels, types, reader.GetMeta("load.last"));
        _last = view;
        return view;
    }
}
