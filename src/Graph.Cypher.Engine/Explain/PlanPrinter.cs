using System.Globalization;
using System.Text;
using Graph.Cypher.Engine.Execution.Operators;

namespace Graph.Cypher.Engine.Explain;

/// <summary>
/// EXPLAIN / PROFILE text: one operator per line, children indented under their parent, with the
/// estimate and, when profiled, actual rows and inclusive time.
/// </summary>
public static class PlanPrinter
{
    public static string Print(Operator root, bool withProfile)
    {
        var text = new StringBuilder();
        Append(text, root, 0, withProfile);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Operator node, int depth, bool withProfile)
    {
        text.Append(' ', depth * 2).Append("+ ").Append(node.Name);
        if (node.Details.Length > 0)
        {
            text.Append(' ').Append(node.Details);
        }

        text.Append(CultureInfo.InvariantCulture, $"  [est. {Estimate(node.EstimatedRows)}");
        if (withProfile)
        {
            text.Append(CultureInfo.InvariantCulture, $", rows {node.Profile.Rows}, {node.Profile.Elapsed.TotalMilliseconds:0.###} ms");
        }

        text.Append("]\n");
        foreach (Operator child in node.Children)
        {
            Append(text, child, depth + 1, withProfile);
        }
    }

    private static string Estimate(double rows) =>
        double.IsNaN(rows) ? "?" : rows.ToString("0.#", CultureInfo.InvariantCulture);
}
