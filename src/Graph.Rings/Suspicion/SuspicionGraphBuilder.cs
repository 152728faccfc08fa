using Graph.Algorithms.Projection;
using Graph.Rules;
using Graph.Storage.Reading;

namespace Graph.Rings.Suspicion;

/// <summary>
/// Builds the <see cref="SuspicionGraph"/>: merges duplicate hits, measures each entity against the
/// store, marks hubs, and sums the evidence between every pair of non-hub entities named together.
/// </summary>
public static class SuspicionGraphBuilder
{
    /// <summary>Without a reader every entity counts as having no records of its own (tests, hits from elsewhere).</summary>
    public static SuspicionGraph Build(IReadOnlyList<RuleHit> hits, IGraphReader? reader, SuspicionOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= SuspicionOptions.Default;
        IReadOnlyList<RuleHit> distinct = HitDeduplicator.Distinct(hits);
        var entities = new List<HitEntity>();
        var indexOf = new Dictionary<int, int>();
        var hitEntities = new int[distinct.Count][];
        for (int h = 0; h < distinct.Count; h++)
        {
            var named = new SortedSet<int>();
            foreach (HitEntity entity in distinct[h].Entities)
            {
                if (!indexOf.TryGetValue(entity.NodeId, out int index))
                {
                    index = entities.Count;
                    indexOf[entity.NodeId] = index;
                    entities.Add(entity);
                }

                named.Add(index);
            }

            hitEntities[h] = [.. named];
        }

        int[][] entityHits = Invert(hitEntities, entities.Count);
        EntityStanding[] standing = Standing(distinct, hitEntities, entityHits, entities, reader, options, cancellation);
        GraphProjection links = Links(distinct, hitEntities, standing, entities.Count, options, cancellation);
        return new SuspicionGraph(entities, distinct, hitEntities, entityHits, standing, links);
    }

    private static int[][] Invert(int[][] hitEntities, int entityCount)
    {
        var counts = new int[entityCount];
        foreach (int[] named in hitEntities)
        {
            foreach (int e in named)
            {
                counts[e]++;
            }
        }

        var result = new int[entityCount][];
        for (int e = 0; e < entityCount; e++)
        {
            result[e] = new int[counts[e]];
            counts[e] = 0;
        }

        for (int h = 0; h < hitEntities.Length; h++)
        {
            foreach (int e in hitEntities[h])
            {
                result[e][counts[e]++] = h;
            }
        }

        return result;
    }

    private static EntityStanding[] Standing(
        IReadOnlyList<RuleHit> hits, int[][] hitEntities, int[][] entityHits, List<HitEntity> entities, IGraphReader? reader, SuspicionOptions options, CancellationToken cancellation)
    {
        int[] records;
        int[] flagged;
        if (reader is null)
        {
            records = new int[entities.Count];
            flagged = new int[entities.Count];
        }
        else
        {
            var flaggedRecords = new HashSet<int>();
            foreach (RuleHit hit in hits)
            {
                foreach (HitRecord record in hit.Records)
                {
                    flaggedRecords.Add(record.NodeId);
                }
            }

            (records, flagged) = EntityActivity.Measure(reader, entities.ConvertAll(e => e.NodeId), flaggedRecords, cancellation);
        }

        var result = new EntityStanding[entities.Count];
        var partners = new HashSet<int>();
        for (int e = 0; e < entities.Count; e++)
        {
            // Counting stops past the cap: a hub's exact partner count does not matter, and counting it fully
            // would cost the square of the broadest hit.
            partners.Clear();
            foreach (int h in entityHits[e])
            {
                foreach (int other in hitEntities[h])
                {
                    if (other != e)
                    {
                        partners.Add(other);
                    }
                }

                if (partners.Count > options.HubMaxPartners)
                {
                    break;
                }
            }

            var standing = new EntityStanding(records[e], flagged[e], partners.Count, 1, false);
            bool busyButOrdinary = standing.Records >= options.HubMinRecords && standing.FlaggedShare < options.HubMaxFlaggedShare;
            bool tooManyPartners = standing.Partners > options.HubMaxPartners;
            result[e] = busyButOrdinary || tooManyPartners ? standing with { Damping = 0, IsHub = true } : standing;
        }

        return result;
    }

    private static GraphProjection Links(
        IReadOnlyList<RuleHit> hits, int[][] hitEntities, EntityStanding[] standing, int entityCount, SuspicionOptions options, CancellationToken cancellation)
    {
        var weights = HitWeights.For(hits.Select(h => h.Weight));
        // Keyed by the pair as a tuple: a long key (i << 32 | j) hashes to i ^ j, and dense ids collide in masses.
        var sums = new Dictionary<(int, int), double>();
        for (int h = 0; h < hits.Count; h++)
        {
            if ((h & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            int[] named = hitEntities[h];
            int k = named.Length;
            if (k < 2 || k > options.MaxHitBreadth)
            {
                continue;
            }

            double pair = weights.Strength(hits[h].Weight) / Math.Pow(k - 1, options.BreadthExponent);
            for (int i = 0; i < k; i++)
            {
                double di = standing[named[i]].Damping;
                if (di <= 0)
                {
                    continue;
                }

                for (int j = i + 1; j < k; j++)
                {
                    double w = pair * di * standing[named[j]].Damping;
                    if (w > 0)
                    {
                        var key = (named[i], named[j]);
                        sums[key] = sums.GetValueOrDefault(key) + w;
                    }
                }
            }
        }

        var edges = new List<(int From, int To, double Weight)>(sums.Count);
        foreach (var ((from, to), weight) in sums)
        {
            if (weight >= options.MinLinkWeight)
            {
                edges.Add((from, to, weight));
            }
        }

        // Sorted so that the projection (and the communities cut from it) do not depend on hash order.
        edges.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
        return GraphProjection.FromEdges(entityCount, edges);
    }
}
