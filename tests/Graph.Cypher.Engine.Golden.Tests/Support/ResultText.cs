using System.Text;
using System.Text.RegularExpressions;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values.Formatting;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Golden.Tests.Support;

/// <summary>
/// A result as golden text: a pipe table of Cypher literals (nodes with labels and properties, never ids), or the
/// error with code, TCK class and detail, phase, position, message and caret; then the plan, if any, with PROFILE's
/// wall times masked because they differ on every run, and row estimates masked because the cases pin plan shapes
/// and actual rows, not the tuning of the statistics.
/// </summary>
public static partial class ResultText
{
    public static string Format(QueryResult result, IGraphReader graph)
    {
        var text = new StringBuilder();
        if (result.Error is { } error)
        {
            AppendError(text, error);
        }
        else
        {
            AppendTable(text, result, graph);
        }

        if (result.Plan is { } plan)
        {
            var masked = Estimate().Replace(ProfileTime().Replace(plan, ", * ms]"), "[est. *");
            text.Append("plan:\n").Append(masked.TrimEnd('\n')).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, QueryResult result, IGraphReader graph)
    {
        var context = new ReaderValueContext(graph);
        if (result.Columns.Count > 0)
        {
            text.Append("| ").AppendJoin(" | ", result.Columns).Append(" |\n");
            foreach (var row in result.Rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(value => CypherLiteralFormatter.Format(value, context))).Append(" |\n");
            }
        }

        text.Append(result.Rows.Count == 1 ? "1 row" : $"{result.Rows.Count} rows");
        text.Append(result.WroteChanges ? ", graph changed\n" : "\n");
    }

    private static void AppendError(StringBuilder text, QueryError error)
    {
        text.Append("error ").Append(error.Code).Append(" (").Append(error.ErrorClass);
        if (error.Detail is { } detail)
        {
            text.Append('/').Append(detail);
        }

        text.Append(error.IsCompileTime ? ", compile time)" : ", runtime)");
        if (error.Line > 0)
        {
            text.Append(" at line ").Append(error.Line).Append(", column ").Append(error.Column);
        }

        text.Append('\n').Append("message: ").Append(error.Message).Append('\n');
        if (error.Caret is { } caret)
        {
            text.Append(caret.TrimEnd('\n')).Append('\n');
        }
    }

    [GeneratedRegex(@", [0-9.]+ ms\]")]
    private static partial Regex ProfileTime();

    [GeneratedRegex(@"\[est\. [^,\]]+")]
    private static partial Regex Estimate();
}
