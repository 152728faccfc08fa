using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// WITH must alias every expression that is not a bare variable (NoExpressionAlias), and no projection may name two
/// columns alike (ColumnNameConflict). Runs while binding because aliases exist only in the syntax.
/// </summary>
internal static class ProjectionAliasRule
{
    public static void Check(ProjectionBodySyntax body, IReadOnlyList<BoundProjectionItem> items, string clause, DiagnosticBag diagnostics)
    {
        if (clause == "WITH")
        {
            foreach (var item in body.Items.Where(item => item.Alias is null && item.Expression is not VariableSyntax))
            {
                diagnostics.ReportNoExpressionAlias(item.Span);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Where(item => !seen.Add(item.Name)))
        {
            diagnostics.ReportColumnNameConflict(item.Span, item.Name);
        }
    }
}
