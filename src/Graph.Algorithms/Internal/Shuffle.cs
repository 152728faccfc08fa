namespace Graph.Algorithms.Internal;

/// <summary>Seeded visiting orders: randomness that repeats, for algorithms that must be deterministic given a seed.</summary>
internal static class Shuffle
{
    public static int[] Permutation(int count, Random random)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        return order;
    }
}
