using Graph.Api.Analysis;
using Graph.Api.Model;
using Graph.Api.Security;
using Graph.Api.Store;
using Graph.Storage.Reading;

namespace Graph.Api.Services;

/// <summary>
/// A ring as a picture: its members and records, the phones and addresses two or more members share (the links that
/// usually made it suspicious), and every relationship among those nodes.
/// </summary>
public static class RingSubgraph
{
    public static NeighbourhoodView Build(GraphSnapshot snapshot, NodeIdCodec ids, RingView ring)
    {
        var reader = snapshot.Reader;
        var describer = new GraphDescriber(snapshot, ids);
        var nodes = new List<int>();
        var included = new HashSet<int>();
        void Include(int node)
        {
            if (node >= 0 && included.Add(node))
            {
                nodes.Add(node);
            }
        }

        var members = ring.Members.Select(m => reader.FindNodeByKey(m.Key)).Where(n => n >= 0).ToList();
        members.ForEach(Include);
        foreach (var record in ring.Records)
        {
            Include(reader.FindNodeByKey(record.Key));
        }

        var shared = new Dictionary<int, int>();
        foreach (var member in members)
        {
            foreach (var type in (int[])[snapshot.Vocabulary.HasPhone, snapshot.Vocabulary.HasAddress])
            {
                if (type < 0)
                {
                    continue;
                }

                foreach (var contact in reader.Neighbours(member, type, Direction.Outgoing))
                {
                    shared[contact] = shared.GetValueOrDefault(contact) + 1;
                }
            }
        }

        foreach (var (contact, count) in shared.OrderBy(p => p.Key))
        {
            if (count >= 2)
            {
                Include(contact);
            }
        }

        var edges = new List<EdgeView>();
        foreach (var node in nodes)
        {
            var targets = reader.Neighbours(node, -1, Direction.Outgoing);
            var relationships = reader.RelationshipsOf(node, -1, Direction.Outgoing);
            for (var i = 0; i < targets.Length; i++)
            {
                if (included.Contains(targets[i]))
                {
                    edges.Add(describer.Edge(relationships[i]));
                }
            }
        }

        var center = members.Count > 0 ? reader.NodeKey(members[0]) : "";
        return new NeighbourhoodView(center, 1, nodes.Select(n => describer.Node(n, 0)).ToList(), edges, false);
    }
}
