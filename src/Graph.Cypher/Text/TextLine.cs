namespace Graph.Cypher.Text;

/// <summary>One line of a source text; the span excludes the line break, which LengthIncludingLineBreak covers.</summary>
public sealed record TextLine(int Start, int Length, int LengthIncludingLineBreak)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}
