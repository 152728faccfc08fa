using System.Globalization;
using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;
using Spectre.Console;

namespace Graph.Cli.Query;

/// <summary>
/// Results for people: a bordered table with values in Cypher literal form (nodes as <c>(:Person {name: '张三'})</c>),
/// then a line with the row count, whether the graph changed and the time; EXPLAIN prints only the plan.
/// </summary>
public sealed class TableResultWriter(IAnsiConsole console, ExecutionMode mode) : IResultWriter
{
    public void Write(QueryResult result, IGraphReader graph)
    {
        if (mode != ExecutionMode.Explain)
        {
            if (result.Columns.Count > 0)
            {
                console.Write(Table(result, new LiveGraphContext(graph)));
            }

            console.Write(new Text(Summary(result) + "\n"));
        }

        if (result.Plan is { } plan)
        {
            console.Write(new Text(plan));
        }
    }

    public static string Summary(QueryResult result)
    {
        var rows = result.Rows.Count;
        var changed = result.WroteChanges ? ", graph changed" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{rows} {(rows == 1 ? "row" : "rows")}{changed} ({result.Elapsed.TotalMilliseconds:0} ms)");
    }

    private static Table Table(QueryResult result, LiveGraphContext context)
    {
        var table = new Table();
        foreach (var column in result.Columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(value => new Text(ValueText.Readable(value, context))));
        }

        return table;
    }
}
