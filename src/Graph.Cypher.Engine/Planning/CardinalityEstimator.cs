using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// Fills in the row estimates EXPLAIN prints, bottom-up: scans from label sizes, expands from
/// sampled average degrees, fixed selectivities for filters. Rough by design — the numbers tell a
/// reader where the rows come from, the planner's choices use the same statistics directly.
/// </summary>
internal static class CardinalityEstimator
{
    private const double FilterSelectivity = 0.3;

    public static void Estimate(Operator root, IGraphReader? reader)
    {
        GraphStatistics? statistics = reader is null ? null : GraphStatistics.Of(reader);
        Visit(root, statistics);
    }

    private static double Visit(Operator op, GraphStatistics? statistics)
    {
        var children = new double[op.Children.Count];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = Visit(op.Children[i], statistics);
        }

        double input = children.Length > 0 ? children[0] : 1;
        double rows = op switch
        {
            Argument => 1,
            AllNodesScan => statistics?.NodeCount() ?? double.NaN,
            NodeByLabelScan scan => statistics?.NodeCount(scan.Label) ?? double.NaN,
            NodeByIdSeek or NodeIndexSeek or NodeByKeySeek => 1,
            Expand expand => input * Degree(statistics, expand.Step),
            OptionalExpand expand => Math.Max(input, input * Degree(statistics, expand.Step)),
            VarLengthExpand expand => input * Math.Pow(Math.Max(1, Degree(statistics, expand.Step)), Math.Clamp((expand.MinHops + Math.Min(expand.MaxHops, 4)) / 2.0, 0, 4)),
            ExpandInto or Filter or SemiApply or BidirectionalPathExists or GuardedPathExists => Math.Max(input * FilterSelectivity, Math.Min(input, 1)),
            Apply or CartesianProduct => input * children[1],
            OptionalApply => Math.Max(input, input * children[1]),
            HashJoin => Math.Max(input, children[1]),
            HashAggregation aggregation => aggregation.IsGrouped ? Math.Max(1, Math.Sqrt(input)) : 1,
            Limit limit => limit.Count.Constant is long count ? Math.Min(input, count) : input,
            Top top => top.Count.Constant is long count ? Math.Min(input, count) : input,
            Union => input + children[1],
            Unwind => input * 10,
            Discard => 0,
            Merge => input,
            _ => input,
        };
        op.EstimatedRows = rows;
        return double.IsNaN(rows) ? 1 : rows;
    }

    private static double Degree(GraphStatistics? statistics, ExpandSpec step) =>
        statistics?.AverageDegree(null, step.Types.Names, step.Direction) ?? 2;
}
