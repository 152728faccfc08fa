using Graph.Cypher.Tck.Running;

namespace Graph.Cypher.Tck.Reporting;

/// <summary>
/// The human-readable report. Its last line is always <c>N passed, M failed, K skipped</c> alone on a line,
/// the form CI reads; not-run scenarios are inside M.
/// </summary>
public sealed class ConsoleReport(TextWriter output, int maxFailures, int maxTextLength)
{
    public void Write(IReadOnlyList<ScenarioOutcome> outcomes, SuiteSummary summary, IReadOnlyList<string> violations, IReadOnlyList<string> warnings)
    {
        output.WriteLine("== Features");
        foreach (var feature in summary.Features)
        {
            output.WriteLine($"{feature.Name}: {feature.Tally.Passed} passed, {feature.Tally.Failed} failed, {feature.Tally.Skipped} skipped");
        }

        WriteFailures(outcomes);
        WriteFolders(summary);
        foreach (var warning in warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        output.WriteLine(violations.Count == 0 ? "Thresholds met." : "Thresholds missed:");
        foreach (var violation in violations)
        {
            output.WriteLine($"  {violation}");
        }

        output.WriteLine($"{summary.Total.Passed} passed, {summary.Total.Failed} failed, {summary.Total.Skipped} skipped");
    }

    private void WriteFailures(IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var failed = outcomes.Where(outcome => outcome.Status == ScenarioStatus.Failed).ToList();
        var notRun = outcomes.Where(outcome => outcome.Status == ScenarioStatus.NotRun).ToList();
        output.WriteLine($"== Failures ({failed.Count} failed, {notRun.Count} not run)");
        foreach (var outcome in failed.Take(maxFailures))
        {
            WriteFailure(outcome);
        }

        if (failed.Count > maxFailures)
        {
            output.WriteLine($"... and {failed.Count - maxFailures} more failures (see the JSON report, or --verbose)");
        }

        foreach (var reason in notRun.GroupBy(outcome => outcome.Failure?.Reason ?? "not run"))
        {
            output.WriteLine($"{reason.Count()} scenarios {reason.Key}; they count as failed");
        }
    }

    private void WriteFailure(ScenarioOutcome outcome)
    {
        var scenario = outcome.Scenario;
        output.WriteLine($"FAIL {scenario.FeaturePath}:{scenario.Line} {scenario.DisplayName}");
        output.WriteLine($"  {outcome.Failure?.Reason}");
        WriteBlock("query", outcome.Query);
        WriteBlock("expected", outcome.Failure?.Expected);
        WriteBlock("actual", outcome.Failure?.Actual);
    }

    private void WriteBlock(string title, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            output.WriteLine($"  {title}:");
            output.WriteLine(TextLimits.Indent(TextLimits.Truncate(text, maxTextLength), "    "));
        }
    }

    private void WriteFolders(SuiteSummary summary)
    {
        output.WriteLine("== Folders (passed/runnable; * = gated by --min-folder)");
        var width = summary.Folders.Select(folder => folder.Name.Length).DefaultIfEmpty(10).Max();
        foreach (var folder in summary.Folders)
        {
            var skipped = folder.Tally.Skipped > 0 ? $"  ({folder.Tally.Skipped} skipped)" : string.Empty;
            output.WriteLine($"{(folder.Gated ? "*" : " ")} {folder.Name.PadRight(width)}  {folder.Tally.RateText}{skipped}");
        }

        output.WriteLine($"  {"total".PadRight(width)}  {summary.Total.RateText}");
    }
}
