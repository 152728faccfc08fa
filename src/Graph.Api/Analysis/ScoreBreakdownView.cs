namespace Graph.Api.Analysis;

/// <summary>How a ring's score came about (distinct rules, signals, models; the evidence and money terms).</summary>
public sealed record ScoreBreakdownView(int Rules, int Signals, int Models, double Evidence, double Money);
