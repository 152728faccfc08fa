using System.Text.RegularExpressions;
using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Loading;

/// <summary>Reads <c>test.my.proc(in :: INTEGER?) :: (out :: STRING?)</c> and the table of input/output rows.</summary>
public static partial class ProcedureDeclaration
{
    public static TckProcedure Read(int line, string signature, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var match = SignaturePattern().Match(signature.Trim());
        if (!match.Success)
        {
            throw new TckFormatException(line, $"cannot read procedure signature '{signature}'");
        }

        var inputs = ReadParameters(line, match.Groups["inputs"].Value);
        var outputs = ReadParameters(line, match.Groups["outputs"].Value);
        var header = table is { Count: > 0 } ? table[0] : [];
        var declared = inputs.Concat(outputs).Select(parameter => parameter.Name).ToList();
        if (!header.Order(StringComparer.Ordinal).SequenceEqual(declared.Order(StringComparer.Ordinal)))
        {
            throw new TckFormatException(line, $"procedure table columns [{string.Join(", ", header)}] differ from the signature");
        }

        var rows = (table ?? []).Skip(1)
            .Select(row => (IReadOnlyDictionary<string, TckValue>)header
                .Select((column, i) => (column, value: StepTables.ParseCell(line, row[i])))
                .ToDictionary(pair => pair.column, pair => pair.value, StringComparer.Ordinal))
            .ToList();
        return new TckProcedure(match.Groups["name"].Value, inputs, outputs, rows);
    }

    private static List<TckProcedureParameter> ReadParameters(int line, string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(parameter =>
            {
                var parts = parameter.Split("::", StringSplitOptions.TrimEntries);
                return parts.Length == 2
                    ? new TckProcedureParameter(parts[0], parts[1])
                    : throw new TckFormatException(line, $"cannot read procedure parameter '{parameter}'");
            })
            .ToList();

    [GeneratedRegex(@"^(?<name>[\w.]+)\s*\((?<inputs>[^)]*)\)\s*::\s*\((?<outputs>[^)]*)\)$")]
    private static partial Regex SignaturePattern();
}
