namespace Graph.Generation.Truth;

public sealed record MalformedEntry(string File, long Line, string Reason);
