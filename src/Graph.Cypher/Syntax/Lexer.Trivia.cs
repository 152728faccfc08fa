using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

internal sealed partial class Lexer
{
    private void SkipTrivia()
    {
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(Current))
            {
                position++;
            }
            else if (Current == '/' && Lookahead == '/')
            {
                SkipLineComment();
            }
            else if (Current == '/' && Lookahead == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipLineComment()
    {
        while (position < text.Length && Current is not ('\n' or '\r'))
        {
            position++;
        }
    }

    private void SkipBlockComment()
    {
        var commentStart = position;
        position += 2;
        while (position < text.Length && !(Current == '*' && Lookahead == '/'))
        {
            position++;
        }

        if (position >= text.Length)
        {
            diagnostics.ReportUnterminatedComment(new TextSpan(commentStart, 2));
            return;
        }

        position += 2;
    }
}
