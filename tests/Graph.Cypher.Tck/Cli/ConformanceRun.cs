using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Exclusions;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Reporting;
using Graph.Cypher.Tck.Running;

namespace Graph.Cypher.Tck.Cli;

/// <summary>
/// The whole run: load, filter, exclude, run, report, judge. The engine comes in as a parameter so the harness's
/// own tests can drive it; the console program passes <see cref="EngineFactory"/> and nothing else.
/// </summary>
public static class ConformanceRun
{
    public static int Execute(RunnerOptions options, Func<ITckEngine>? engineFactory, string engineName, TextWriter output)
    {
        var exclusions = File.Exists(options.ExclusionsPath) ? ExclusionList.Load(options.ExclusionsPath) : ExclusionList.None;
        var scenarios = FeatureLoader.LoadDirectory(options.FeaturesDirectory)
            .SelectMany(feature => feature.Scenarios)
            .Where(scenario => options.Filter is null || scenario.Id.Contains(options.Filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        output.WriteLine($"TCK: {scenarios.Count} scenarios from {options.FeaturesDirectory}; engine: {engineName}; {exclusions.Entries.Count} exclusions");

        IReadOnlyList<ScenarioOutcome> outcomes;
        using (var runner = new SuiteRunner(engineFactory, new NamedGraphs(options.FeaturesDirectory), exclusions, TimeSpan.FromMilliseconds(options.TimeoutMs)))
        {
            outcomes = runner.Run(scenarios, options.Verbose ? outcome => output.WriteLine($"{outcome.Status,-7} {outcome.Scenario.Id}") : null);
        }

        var policy = new ThresholdPolicy(options.MinPass, options.MinFolder);
        var summary = SuiteSummary.From(outcomes, policy);
        var violations = policy.Violations(summary);
        var unusedExclusions = exclusions.Entries
            .Where(entry => options.Filter is null && !outcomes.Any(outcome => ReferenceEquals(outcome.Exclusion, entry)))
            .Select(entry => $"exclusion matches no scenario: {entry}")
            .ToList();

        JsonReport.Write(options.ReportPath, new ReportContext(options.FeaturesDirectory, engineName, options.Filter, policy, outcomes, summary, violations));
        output.WriteLine($"JSON report: {Path.GetFullPath(options.ReportPath)}");
        var maxFailures = options.Verbose ? int.MaxValue : options.MaxFailures;
        new ConsoleReport(output, maxFailures, maxTextLength: options.Verbose ? 4000 : 600).Write(outcomes, summary, violations, unusedExclusions);
        return violations.Count == 0 ? 0 : 1;
    }
}
