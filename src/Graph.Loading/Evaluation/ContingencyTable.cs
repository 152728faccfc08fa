namespace Graph.Loading.Evaluation;

/// <summary>Pairwise counts from (true entity, predicted entity) → references cells: Σ C(n, 2) per cell, row and column.</summary>
internal static class ContingencyTable
{
    public static ResolutionQuality Score(Dictionary<long, long> cells, long truthWithoutAssignment, long assignmentsWithoutTruth)
    {
        var byTrue = new Dictionary<int, (long References, int Cells)>();
        var byPredicted = new Dictionary<int, (long References, int Cells)>();
        long references = 0;
        long correctPairs = 0;
        foreach (var (cell, count) in cells)
        {
            references += count;
            correctPairs += Pairs(count);
            Add(byTrue, (int)(cell >> 32), count);
            Add(byPredicted, (int)(cell & 0xFFFF_FFFF), count);
        }

        return new ResolutionQuality(
            references,
            truthWithoutAssignment,
            assignmentsWithoutTruth,
            byTrue.Count,
            byPredicted.Count,
            byTrue.Values.Sum(v => Pairs(v.References)),
            byPredicted.Values.Sum(v => Pairs(v.References)),
            correctPairs,
            byTrue.Values.Count(v => v.Cells > 1),
            byPredicted.Values.Count(v => v.Cells > 1));
    }

    private static long Pairs(long n) => n * (n - 1) / 2;

    private static void Add(Dictionary<int, (long References, int Cells)> totals, int id, long count)
    {
        var current = totals.GetValueOrDefault(id);
        totals[id] = (current.References + count, current.Cells + 1);
    }
}
