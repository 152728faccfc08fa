using Graph.Algorithms.Projection;
using Graph.Rules;

namespace Graph.Rings.Suspicion;

/// <summary>
/// Entities joined by evidence: one node per person or company named in a hit (dense index
/// 0..EntityCount-1), one weighted undirected link per pair of entities named together in hits,
/// after hubs are damped and links too weak to mean anything are dropped. Keeps the hits and which
/// entity each names, so rings found on <see cref="Links"/> can be explained and scored.
/// </summary>
public sealed class SuspicionGraph
{
    private readonly Dictionary<int, int> _indexOfNode;

    internal SuspicionGraph(
        IReadOnlyList<HitEntity> entities,
        IReadOnlyList<RuleHit> hits,
        int[][] hitEntities,
        int[][] entityHits,
        EntityStanding[] standing,
        GraphProjection links)
    {
        Entities = entities;
        Hits = hits;
        HitEntities = hitEntities;
        EntityHits = entityHits;
        Standing = standing;
        Links = links;
        _indexOfNode = new Dictionary<int, int>(entities.Count);
        for (int i = 0; i < entities.Count; i++)
        {
            _indexOfNode[entities[i].NodeId] = i;
        }
    }

    public int EntityCount => Entities.Count;

    /// <summary>The entity at each dense index, as the first hit that named it described it.</summary>
    public IReadOnlyList<HitEntity> Entities { get; }

    /// <summary>The hits after duplicates (same rule, entities and records) were merged.</summary>
    public IReadOnlyList<RuleHit> Hits { get; }

    /// <summary>For each hit, the dense indices of the entities it names (distinct, ascending).</summary>
    public IReadOnlyList<int[]> HitEntities { get; }

    /// <summary>For each entity, the hits that name it (ascending).</summary>
    public IReadOnlyList<int[]> EntityHits { get; }

    /// <summary>For each entity, how busy it is and whether it is a hub.</summary>
    public IReadOnlyList<EntityStanding> Standing { get; }

    /// <summary>The evidence links over dense indices; weights are summed evidence after hub damping.</summary>
    public GraphProjection Links { get; }

    /// <summary>The dense index of a store node, or -1 when no hit names it.</summary>
    public int IndexOf(int nodeId) => _indexOfNode.TryGetValue(nodeId, out int index) ? index : -1;
}
