using Graph.Storage.Reading;

namespace Graph.Rings.Suspicion;

/// <summary>
/// How busy each hit entity is in the store: the records it takes part in (as a party, agent, creditor,
/// bidder, seller...) and how many of those the rules flagged. A bank that sued two thousand borrowers
/// and shows up in twenty hits is mostly ordinary; a ring member's few records are nearly all flagged.
/// </summary>
internal static class EntityActivity
{
    /// <summary>Fills records[i] and flagged[i] for the entity node ids, from the store's outgoing party relationships.</summary>
    public static (int[] Records, int[] Flagged) Measure(IGraphReader reader, IReadOnlyList<int> entityNodes, HashSet<int> flaggedRecords, CancellationToken cancellation)
    {
        var records = new int[entityNodes.Count];
        var flagged = new int[entityNodes.Count];
        int recordLabel = reader.LabelId("Record");
        if (recordLabel < 0)
        {
            return (records, flagged);
        }

        var seen = new HashSet<int>();
        for (int i = 0; i < entityNodes.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            int node = entityNodes[i];
            if (!reader.NodeExists(node))
            {
                continue;
            }

            // Parties point at their records (docs/graph-model.md), so outgoing edges to Record nodes are the entity's
            // records; a record reached twice (plaintiff and agent, say) counts once.
            seen.Clear();
            foreach (int neighbour in reader.Neighbours(node, -1, Direction.Outgoing))
            {
                if (reader.HasLabel(neighbour, recordLabel) && seen.Add(neighbour))
                {
                    records[i]++;
                    if (flaggedRecords.Contains(neighbour))
                    {
                        flagged[i]++;
                    }
                }
            }
        }

        return (records, flagged);
    }
}
