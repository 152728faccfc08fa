namespace Graph.Rings.Suspicion;

/// <summary>
/// Rule weights as strengths in [0, 1]: rules state weight on their own scale (a probability, or a
/// severity such as 1-10). When every weight is at most 1 it is taken as is; otherwise weights are read
/// as severities and divided by the largest, so the strongest rule counts as certain-ish and the rest in proportion.
/// </summary>
public sealed class HitWeights
{
    private readonly double _scale;

    private HitWeights(double scale) => _scale = scale;

    public static HitWeights For(IEnumerable<double> weights)
    {
        double max = 0;
        foreach (double w in weights)
        {
            if (double.IsFinite(w) && w > max)
            {
                max = w;
            }
        }

        return new HitWeights(max > 1 ? max : 1);
    }

    public double Strength(double weight) =>
        !double.IsFinite(weight) || weight <= 0 ? 0 : Math.Min(1, weight / _scale);
}
