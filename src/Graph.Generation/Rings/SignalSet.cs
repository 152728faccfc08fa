using Graph.Generation.Core;

namespace Graph.Generation.Rings;

/// <summary>The signals one ring was built to show: the required ones plus each optional one with the profile's chance, at least two in all.</summary>
public sealed class SignalSet
{
    private readonly HashSet<string> _chosen = new(StringComparer.Ordinal);

    public SignalSet(Rng rng, double optionalChance, IReadOnlyList<string> required, IReadOnlyList<string> optional, int minimum = 2)
    {
        foreach (var signal in required)
        {
            _chosen.Add(signal);
        }

        foreach (var signal in optional)
        {
            if (rng.Chance(optionalChance))
            {
                _chosen.Add(signal);
            }
        }

        while (_chosen.Count < minimum)
        {
            _chosen.Add(rng.Pick(optional));
        }
    }

    public IReadOnlyCollection<string> All => _chosen;

    public bool Has(string signal) => _chosen.Contains(signal);

    public void Remove(string signal) => _chosen.Remove(signal);
}
