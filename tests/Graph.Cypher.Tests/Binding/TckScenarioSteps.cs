using System.Text.RegularExpressions;
using Graph.Cypher.Binding;
using Graph.Cypher.Tests.Tck;

namespace Graph.Cypher.Tests.Binding;

/// <summary>
/// The steps of a TCK scenario that binding depends on beyond its query: the procedures it declares ("And there exists
/// a procedure ..."), the parameters it gives ("And parameters are:") and a compile-time error of a class other than
/// SyntaxError (ProcedureError, ParameterMissing).
/// </summary>
internal sealed partial record TckScenarioSteps(IProcedureCatalog Procedures, IReadOnlySet<string> Parameters, string? OtherCompileTimeError)
{
    private static readonly Dictionary<string, List<(string Name, List<string> Lines)>> Features = [];

    public static TckScenarioSteps For(TckScenario scenario)
    {
        var block = Blocks(scenario.FeatureFile).First(block => scenario.Name == block.Name || scenario.Name.StartsWith(block.Name + " [", StringComparison.Ordinal));
        var procedures = block.Lines.Select(line => ProcedureStep().Match(line)).Where(match => match.Success).Select(match => ParseSignature(match.Groups[1].Value));
        var other = block.Lines.Select(line => CompileTimeError().Match(line)).FirstOrDefault(match => match.Success && match.Groups[1].Value != "SyntaxError");
        var parameters = block.Lines
            .SkipWhile(line => line != "And parameters are:")
            .Skip(1)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1])
            .ToHashSet(StringComparer.Ordinal);
        return new TckScenarioSteps(new Catalog(procedures.ToDictionary(procedure => procedure.Name)), parameters, other?.Groups[2].Value);
    }

    private static List<(string Name, List<string> Lines)> Blocks(string featureFile)
    {
        lock (Features)
        {
            if (!Features.TryGetValue(featureFile, out var blocks))
            {
                blocks = [];
                foreach (var line in File.ReadAllLines(Path.Combine(TckLocator.FindFeaturesDirectory()!, featureFile)).Select(line => line.TrimEnd('\r').Trim()))
                {
                    if (line.StartsWith("Scenario", StringComparison.Ordinal))
                    {
                        blocks.Add((line, []));
                    }
                    else if (blocks.Count > 0)
                    {
                        blocks[^1].Lines.Add(line);
                    }
                }

                Features[featureFile] = blocks;
            }

            return blocks;
        }
    }

    // test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?)
    private static ProcedureSignature ParseSignature(string text)
    {
        var match = Signature().Match(text);
        return new ProcedureSignature(match.Groups[1].Value, Fields(match.Groups[2].Value), Fields(match.Groups[3].Value));
    }

    private static List<ProcedureField> Fields(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(field => field.Split("::", StringSplitOptions.TrimEntries))
            .Select(parts => new ProcedureField(parts[0], TypeOf(parts[1].TrimEnd('?'))))];

    private static CypherType TypeOf(string name) => name switch
    {
        "STRING" => CypherType.String,
        "INTEGER" => CypherType.Integer,
        "FLOAT" => CypherType.Float,
        "NUMBER" => CypherType.Number,
        "BOOLEAN" => CypherType.Boolean,
        _ => CypherType.Any,
    };

    [GeneratedRegex(@"^And there exists a procedure (.+?)\s*:$")]
    private static partial Regex ProcedureStep();

    [GeneratedRegex(@"^([\w.]+)\((.*?)\)\s*::\s*\((.*?)\)$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^Then an? (\w+) should be raised at compile time: (\w+)")]
    private static partial Regex CompileTimeError();

    private sealed class Catalog(Dictionary<string, ProcedureSignature> procedures) : IProcedureCatalog
    {
        public bool TryGetProcedure(string name, out ProcedureSignature signature) => procedures.TryGetValue(name, out signature!);
    }
}
