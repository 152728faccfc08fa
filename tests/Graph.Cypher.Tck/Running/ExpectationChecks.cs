using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Matching;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Running;

/// <summary>The Then-steps: results, errors and side effects, each compared with what the last query did.</summary>
public static class ExpectationChecks
{
    public static ScenarioFailure? CheckResult(ExpectResultStep step, TckQueryOutcome? outcome)
    {
        var expected = step.Table is { } table ? ResultComparer.FormatTable(table.Columns, table.Rows) : "(no rows)";
        if (outcome is not TckQueryResult result)
        {
            return new ScenarioFailure("expected a result", expected, Describe(outcome));
        }

        return ResultComparer.Compare(step, result) is { } mismatch
            ? new ScenarioFailure(mismatch, expected, Describe(result))
            : null;
    }

    public static ScenarioFailure? CheckError(ExpectErrorStep step, TckQueryOutcome? outcome)
    {
        var expected = $"{step.ErrorType} at {step.Timing}: {step.Detail}";
        if (outcome is not TckQueryError error)
        {
            return new ScenarioFailure("expected an error", expected, Describe(outcome));
        }

        // "Error" is the TCK's wildcard: the scenario pins the detail but lets engines classify the type.
        var typeMatches = step.ErrorType == "Error" || string.Equals(step.ErrorType, error.Type, StringComparison.Ordinal);
        var phaseMatches = step.Timing switch
        {
            ErrorTiming.CompileTime => error.Phase == TckErrorPhase.CompileTime,
            ErrorTiming.Runtime => error.Phase == TckErrorPhase.Runtime,
            _ => true,
        };
        var detailMatches = string.Equals(step.Detail, error.Detail, StringComparison.Ordinal);
        return typeMatches && phaseMatches && detailMatches ? null : new ScenarioFailure("a different error was raised", expected, Describe(error));
    }

    public static ScenarioFailure? CheckSideEffects(ExpectSideEffectsStep step, TckSideEffects? measured)
    {
        if (measured is null)
        {
            return new ScenarioFailure("side effects were expected but no query was measured", step.Expected.ToString());
        }

        return measured == step.Expected ? null : new ScenarioFailure("side effects differ", step.Expected.ToString(), measured.ToString());
    }

    public static string Describe(TckQueryOutcome? outcome) => outcome switch
    {
        null => "(no query was executed)",
        TckQueryResult result => ResultComparer.FormatTable(result.Columns, result.Rows),
        TckQueryError error => $"{error.Type} at {(error.Phase == TckErrorPhase.CompileTime ? "CompileTime" : "Runtime")}: {error.Detail}"
            + (string.IsNullOrEmpty(error.Message) ? string.Empty : $" ({error.Message})"),
        _ => outcome.ToString() ?? string.Empty,
    };
}
