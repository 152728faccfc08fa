namespace Graph.Rules.Checking;

/// <summary>A problem found in a rule's query, at a character offset of the query text (translated to a file position by the checker).</summary>
public sealed record QueryFinding(int Offset, string Code, string Message);
