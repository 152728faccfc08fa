namespace Graph.Rings.Evaluation;

/// <summary>Precision and recall from counts, with F1; an empty denominator counts as perfect (nothing to get wrong).</summary>
public sealed record Figures(int TruePositives, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
