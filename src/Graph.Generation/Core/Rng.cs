namespace Graph.Generation.Core;

/// <summary>
/// xoshiro256** stream. Our own generator rather than System.Random so the bytes written for a seed
/// never change with the runtime version.
/// </summary>
public sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var sm = new SplitMix(seed);
        _s0 = sm.NextUlong();
        _s1 = sm.NextUlong();
        _s2 = sm.NextUlong();
        _s3 = sm.NextUlong();
    }

    public ulong NextUlong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    public int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)((NextUlong() >> 1) % (ulong)exclusiveMax);

    public int Next(int min, int exclusiveMax) => min + Next(exclusiveMax - min);

    public double NextDouble() => (NextUlong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Log-normal amount around a median, rounded to a step, so money looks like money.</summary>
    public decimal Amount(double median, double spread, int roundTo)
    {
        var z = Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());
        var value = median * Math.Exp(spread * z);
        return (decimal)Math.Max(roundTo, Math.Round(value / roundTo) * roundTo);
    }

    public DateOnly Date(DateOnly from, DateOnly to) => from.AddDays(Next(Math.Max(1, to.DayNumber - from.DayNumber)));

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
