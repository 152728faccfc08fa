using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Support;

/// <summary>Runs an operator tree and reads the chosen slots back as plain values.</summary>
internal static class Run
{
    public const int Width = 12;

    public static QueryResult Plan(IGraphReader reader, Operator root, params int[] slots)
    {
        var columns = new OutputColumn[slots.Length];
        for (int i = 0; i < slots.Length; i++)
        {
            columns[i] = new OutputColumn("c" + slots[i], slots[i]);
        }

        QueryResult result = QueryRunner.Run(new PhysicalPlan(root, Width, columns), reader, QueryLimits.Default);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    /// <summary>Each row's slots as node ids / integers joined by commas, in output order.</summary>
    public static List<string> Rows(IGraphReader reader, Operator root, params int[] slots)
    {
        var rows = new List<string>();
        foreach (CypherValue[] row in Plan(reader, root, slots).Rows)
        {
            rows.Add(string.Join(",", row.Select(Text)));
        }

        return rows;
    }

    public static string Text(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Node => value.AsNodeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CypherValueKind.Relationship => value.AsRelationshipId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CypherValueKind.String => value.AsString,
        _ => value.ToString(),
    };
}
