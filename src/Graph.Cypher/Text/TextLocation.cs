namespace Graph.Cypher.Text;

/// <summary>A span within a named source, with 1-based line and column for people to read.</summary>
public sealed record TextLocation(SourceText Text, TextSpan Span)
{
    public string FileName => Text.FileName;

    public int Line => Text.GetLineIndex(Span.Start) + 1;

    public int Column => Span.Start - Text.Lines[Line - 1].Start + 1;

    public override string ToString() => $"{FileName}:{Line}:{Column}";
}
