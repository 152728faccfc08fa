namespace Graph.Rings.Scoring;

/// <summary>A ring's score and what it rests on.</summary>
/// <param name="Value">In [0, 1).</param>
/// <param name="Evidence">The combined rule evidence alone, in [0, 1).</param>
/// <param name="Models">Fraud models of the fired rules, by summed strength, strongest first.</param>
/// <param name="Rules">Distinct rules that fired.</param>
/// <param name="Signals">Distinct independent signals among them.</param>
public sealed record RingScore(double Value, double Evidence, int Rules, int Signals, IReadOnlyList<string> Models);
