using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Scenarios;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Loading;

/// <summary>Reads the data tables that follow steps: results, parameters and side effects.</summary>
public static class StepTables
{
    public static ExpectedTable ReadResult(int line, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var rows = Require(line, table);
        var columns = rows[0];
        var values = rows.Skip(1).Select(row =>
        {
            if (row.Count != columns.Count)
            {
                throw new TckFormatException(line, $"a result row has {row.Count} cells but the header has {columns.Count}");
            }

            return (IReadOnlyList<TckValue>)row.Select(cell => ParseCell(line, cell)).ToList();
        }).ToList();
        return new ExpectedTable(columns, values);
    }

    public static IReadOnlyDictionary<string, TckValue> ReadParameters(int line, IReadOnlyList<IReadOnlyList<string>>? table) =>
        Require(line, table).ToDictionary(
            row => row.Count == 2 ? row[0] : throw new TckFormatException(line, "a parameter row needs a name and a value"),
            row => ParseCell(line, row[1]),
            StringComparer.Ordinal);

    public static TckSideEffects ReadSideEffects(int line, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var effects = TckSideEffects.None;
        foreach (var row in Require(line, table))
        {
            if (row.Count != 2 || !int.TryParse(row[1], out var count))
            {
                throw new TckFormatException(line, "a side-effect row needs a key and a whole number");
            }

            effects = row[0] switch
            {
                "+nodes" => effects with { AddedNodes = count },
                "-nodes" => effects with { DeletedNodes = count },
                "+relationships" => effects with { AddedRelationships = count },
                "-relationships" => effects with { DeletedRelationships = count },
                "+labels" => effects with { AddedLabels = count },
                "-labels" => effects with { RemovedLabels = count },
                "+properties" => effects with { AddedProperties = count },
                "-properties" => effects with { RemovedProperties = count },
                _ => throw new TckFormatException(line, $"unknown side effect '{row[0]}'"),
            };
        }

        return effects;
    }

    public static TckValue ParseCell(int line, string cell)
    {
        try
        {
            return TckValueParser.Parse(cell);
        }
        catch (TckValueParseException error)
        {
            throw new TckFormatException(line, error.Message);
        }
    }

    private static IReadOnlyList<IReadOnlyList<string>> Require(int line, IReadOnlyList<IReadOnlyList<string>>? table) =>
        table is { Count: > 0 } ? table : throw new TckFormatException(line, "this step needs a table");
}
