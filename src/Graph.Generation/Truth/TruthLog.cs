namespace Graph.Generation.Truth;

/// <summary>Everything the truth file will say, gathered while records stream out.</summary>
public sealed class TruthLog
{
    public List<RingTruth> Rings { get; } = [];

    public List<TrapTruth> Traps { get; } = [];

    public List<MalformedEntry> Malformed { get; } = [];

    public SortedDictionary<string, long> Noise { get; } = new(StringComparer.Ordinal);

    public void CountNoise(string kind, long count = 1) => Noise[kind] = Noise.GetValueOrDefault(kind) + count;

    public RingTruth NewRing(string model)
    {
        var ring = new RingTruth($"R{Rings.Count + 1:D5}", model);
        Rings.Add(ring);
        return ring;
    }

    public TrapTruth NewTrap(string kind, string description)
    {
        var trap = new TrapTruth(kind, description);
        Traps.Add(trap);
        return trap;
    }
}
