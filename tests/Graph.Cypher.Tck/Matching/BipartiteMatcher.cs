namespace Graph.Cypher.Tck.Matching;

/// <summary>
/// Decides whether two bags pair up one to one under a match predicate. A greedy pairing is not enough:
/// float tolerance and list-order blindness make the predicate non-transitive, so an early greedy choice can
/// steal the only partner of a later element. Augmenting paths (Kuhn's algorithm) find a perfect pairing when one exists.
/// </summary>
public static class BipartiteMatcher
{
    public static bool HasPerfectMatching<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, T, bool> matches)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        var candidates = new List<int>[expected.Count];
        for (var e = 0; e < expected.Count; e++)
        {
            candidates[e] = [];
            for (var a = 0; a < actual.Count; a++)
            {
                if (matches(expected[e], actual[a]))
                {
                    candidates[e].Add(a);
                }
            }

            if (candidates[e].Count == 0)
            {
                return false;
            }
        }

        var partnerOfActual = Enumerable.Repeat(-1, actual.Count).ToArray();
        for (var e = 0; e < expected.Count; e++)
        {
            if (!TryAugment(e, candidates, partnerOfActual, new bool[actual.Count]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryAugment(int expectedIndex, List<int>[] candidates, int[] partnerOfActual, bool[] visited)
    {
        foreach (var actualIndex in candidates[expectedIndex])
        {
            if (visited[actualIndex])
            {
                continue;
            }

            visited[actualIndex] = true;
            if (partnerOfActual[actualIndex] < 0 || TryAugment(partnerOfActual[actualIndex], candidates, partnerOfActual, visited))
            {
                partnerOfActual[actualIndex] = expectedIndex;
                return true;
            }
        }

        return false;
    }
}
