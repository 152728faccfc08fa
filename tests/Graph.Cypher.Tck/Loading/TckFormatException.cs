namespace Graph.Cypher.Tck.Loading;

/// <summary>A feature file the harness does not understand; the message starts with the line number.</summary>
public sealed class TckFormatException(int line, string problem) : FormatException($"line {line}: {problem}")
{
    public int Line { get; } = line;
}
