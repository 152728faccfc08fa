namespace Graph.Cypher.Text;

/// <summary>The text of a query and its line table, so offsets can be turned into line and column.</summary>
public sealed class SourceText
{
    private readonly string text;

    private SourceText(string text, string fileName)
    {
        this.text = text;
        FileName = fileName;
        Lines = SplitLines(text);
    }

    public string FileName { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    public int Length => text.Length;

    public char this[int index] => text[index];

    public static SourceText From(string text, string fileName = "query") => new(text, fileName);

    public string ToString(TextSpan span) => text.Substring(span.Start, span.Length);

    public override string ToString() => text;

    public int GetLineIndex(int position)
    {
        var lower = 0;
        var upper = Lines.Count - 1;
        while (lower <= upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var start = Lines[middle].Start;
            if (position == start)
            {
                return middle;
            }

            if (start > position)
            {
                upper = middle - 1;
            }
            else
            {
                lower = middle + 1;
            }
        }

        return Math.Max(0, lower - 1);
    }

    private static List<TextLine> SplitLines(string text)
    {
        var lines = new List<TextLine>();
        var lineStart = 0;
        var position = 0;
        while (position < text.Length)
        {
            var breakWidth = LineBreakWidth(text, position);
            if (breakWidth == 0)
            {
                position++;
                continue;
            }

            lines.Add(new TextLine(lineStart, position - lineStart, position - lineStart + breakWidth));
            position += breakWidth;
            lineStart = position;
        }

        lines.Add(new TextLine(lineStart, position - lineStart, position - lineStart));
        return lines;
    }

    private static int LineBreakWidth(string text, int position)
    {
        var c = text[position];
        var next = position + 1 < text.Length ? text[position + 1] : '\0';
        if (c == '\r' && next == '\n')
        {
            return 2;
        }

        return c is '\r' or '\n' ? 1 : 0;
    }
}
