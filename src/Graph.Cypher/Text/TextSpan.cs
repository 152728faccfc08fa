namespace Graph.Cypher.Text;

/// <summary>A half-open range of characters [Start, End) in a source text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public override string ToString() => $"{Start}..{End}";
}
