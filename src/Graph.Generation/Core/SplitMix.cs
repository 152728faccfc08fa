namespace Graph.Generation.Core;

/// <summary>
/// Cheap stateless-derived stream: an entity's attributes are a pure function of (seed, index),
/// so a million people cost no memory and are re-derived on demand.
/// </summary>
public struct SplitMix
{
    private ulong _state;

    public SplitMix(ulong seed) => _state = seed;

    public SplitMix(ulong seed, ulong salt, long index) => _state = Mix(seed ^ Mix(salt * 0x9E3779B97F4A7C15UL + (ulong)index));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUlong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    public int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)((NextUlong() >> 1) % (ulong)exclusiveMax);

    public double NextDouble() => (NextUlong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
