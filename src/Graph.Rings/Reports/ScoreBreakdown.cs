namespace Graph.Rings.Reports;

/// <summary>How the score came about, so that an analyst (and a tuning session) can see which part carried it.</summary>
/// <param name="Rules">Distinct rules that fired inside the ring.</param>
/// <param name="Signals">Distinct domain signals among them (independent evidence).</param>
/// <param name="Models">Distinct fraud models among them.</param>
/// <param name="Evidence">Score from the rule evidence alone, before the money term.</param>
/// <param name="Money">The money term's contribution.</param>
public sealed record ScoreBreakdown(int Rules, int Signals, int Models, double Evidence, double Money);
