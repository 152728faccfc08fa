namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// A failed query in the TCK's terms: <paramref name="Type"/> such as <c>SyntaxError</c> or <c>TypeError</c>,
/// the phase it was raised in, and <paramref name="Detail"/> such as <c>UndefinedVariable</c>.
/// <paramref name="Message"/> is the engine's own text, shown in reports only.
/// </summary>
public sealed record TckQueryError(string Type, TckErrorPhase Phase, string Detail, string Message = "") : TckQueryOutcome;
