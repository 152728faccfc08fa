namespace Graph.Api.Analysis;

/// <summary>How one rule's run went: hits, time, and the engine's error (code, message, position) when it failed.</summary>
public sealed record RuleOutcomeView(string RuleId, int Hits, double Milliseconds, string? ErrorCode, string? ErrorMessage, int ErrorLine, int ErrorColumn);
