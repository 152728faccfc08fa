using System.Text.Json;
using Graph.Cypher.Tck.Running;

namespace Graph.Cypher.Tck.Reporting;

/// <summary>The machine-readable report: totals, thresholds, folders, features and every scenario's outcome.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true };

    public static void Write(string path, ReportContext context)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, Serialize(context));
    }

    public static string Serialize(ReportContext context)
    {
        var summary = context.Summary;
        var report = new
        {
            featuresDirectory = context.FeaturesDirectory,
            engine = context.EngineName,
            filter = context.Filter,
            thresholds = new { minPass = context.Policy.MinPass, minFolder = context.Policy.MinFolder },
            meetsThresholds = context.Violations.Count == 0,
            violations = context.Violations,
            totals = TallyJson(summary.Total),
            folders = summary.Folders.Select(folder => new { folder = folder.Name, gated = folder.Gated, tally = TallyJson(folder.Tally) }),
            features = summary.Features.Select(feature => new { feature = feature.Name, tally = TallyJson(feature.Tally) }),
            scenarios = context.Outcomes.Select(ScenarioJson),
        };
        return JsonSerializer.Serialize(report, WriteOptions);
    }

    private static object TallyJson(Tally tally) => new
    {
        passed = tally.Passed,
        failed = tally.Failed,
        skipped = tally.Skipped,
        notRun = tally.NotRun,
        passRate = tally.PassRate,
    };

    private static object ScenarioJson(ScenarioOutcome outcome) => new
    {
        feature = outcome.Scenario.FeaturePath,
        line = outcome.Scenario.Line,
        name = outcome.Scenario.Name,
        example = outcome.Scenario.ExampleIndex,
        status = outcome.Status.ToString(),
        reason = outcome.Failure?.Reason ?? outcome.Exclusion?.Reason,
        exclusionKind = outcome.Exclusion?.Kind.ToString().ToLowerInvariant(),
        query = outcome.Status == ScenarioStatus.Failed ? outcome.Query : null,
        expected = outcome.Failure?.Expected,
        actual = outcome.Failure?.Actual,
        milliseconds = Math.Round(outcome.Duration.TotalMilliseconds, 1),
    };
}
