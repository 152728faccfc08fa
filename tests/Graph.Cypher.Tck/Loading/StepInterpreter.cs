using System.Text.RegularExpressions;
using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Loading;

/// <summary>
/// Turns step text into a <see cref="TckStep"/>. The keyword (Given/When/Then/And) is ignored, as in the TCK's own
/// harness; any text not listed here is an error, so a new kind of step cannot be skipped by accident.
/// </summary>
public static partial class StepInterpreter
{
    public static TckStep Interpret(RawStep step)
    {
        var (line, text) = (step.Line, step.Text.Trim());
        switch (text)
        {
            case "an empty graph":
                return new GivenGraphStep(line, GraphKind.Empty);
            case "any graph":
                return new GivenGraphStep(line, GraphKind.Any);
            case "having executed:":
                return new SetupQueryStep(line, RequireDocString(step));
            case "parameters are:":
                return new ParametersStep(line, StepTables.ReadParameters(line, step.Table));
            case "executing query:":
                return new QueryStep(line, RequireDocString(step), IsControlQuery: false);
            case "executing control query:":
                return new QueryStep(line, RequireDocString(step), IsControlQuery: true);
            case "the result should be empty":
                return new ExpectResultStep(line, Table: null, InOrder: false, IgnoreListOrder: false);
            case "no side effects":
                return new ExpectSideEffectsStep(line, TckSideEffects.None);
            case "the side effects should be:":
                return new ExpectSideEffectsStep(line, StepTables.ReadSideEffects(line, step.Table));
        }

        return InterpretPatterned(step, line, text);
    }

    private static TckStep InterpretPatterned(RawStep step, int line, string text)
    {
        if (NamedGraphPattern().Match(text) is { Success: true } graph)
        {
            return new GivenGraphStep(line, GraphKind.Named, graph.Groups["name"].Value);
        }

        if (ProcedurePattern().Match(text) is { Success: true } procedure)
        {
            return new ProcedureStep(line, ProcedureDeclaration.Read(line, procedure.Groups["signature"].Value, step.Table));
        }

        if (ResultPattern().Match(text) is { Success: true } result)
        {
            var inOrder = result.Groups["order"].Value == ", in order";
            var ignoreListOrder = result.Groups["ignore"].Success;
            return new ExpectResultStep(line, StepTables.ReadResult(line, step.Table), inOrder, ignoreListOrder);
        }

        if (ErrorPattern().Match(text) is { Success: true } error)
        {
            var timing = error.Groups["timing"].Value switch
            {
                "compile time" => ErrorTiming.CompileTime,
                "runtime" => ErrorTiming.Runtime,
                _ => ErrorTiming.AnyTime,
            };
            return new ExpectErrorStep(line, error.Groups["type"].Value, timing, error.Groups["detail"].Value);
        }

        throw new TckFormatException(line, $"unknown step '{text}'");
    }

    private static string RequireDocString(RawStep step) =>
        step.DocString ?? throw new TckFormatException(step.Line, $"step '{step.Text}' needs a \"\"\" query block");

    [GeneratedRegex(@"^the (?<name>\S+) graph$")]
    private static partial Regex NamedGraphPattern();

    [GeneratedRegex(@"^there exists a procedure (?<signature>.+?)\s*:$")]
    private static partial Regex ProcedurePattern();

    [GeneratedRegex(@"^the result should be(?<order>, in (?:any )?order)?(?<ignore> \(ignoring element order for lists\))?:$")]
    private static partial Regex ResultPattern();

    [GeneratedRegex(@"^an? (?<type>\w+) should be raised at (?<timing>compile time|runtime|any time): (?<detail>\w+)$")]
    private static partial Regex ErrorPattern();
}
