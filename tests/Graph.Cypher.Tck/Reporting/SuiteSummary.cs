using Graph.Cypher.Tck.Running;

namespace Graph.Cypher.Tck.Reporting;

/// <summary>Tallies of a run: overall, per feature file and per folder, in ordinal order.</summary>
public sealed record SuiteSummary(Tally Total, IReadOnlyList<GroupSummary> Features, IReadOnlyList<GroupSummary> Folders)
{
    public static SuiteSummary From(IReadOnlyList<ScenarioOutcome> outcomes, ThresholdPolicy policy)
    {
        var features = outcomes
            .GroupBy(outcome => outcome.Scenario.FeaturePath, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new GroupSummary(group.Key, Count(group)))
            .ToList();
        var folders = outcomes
            .GroupBy(outcome => outcome.Scenario.Folder, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new GroupSummary(group.Key, Count(group), policy.IsGated(group.Key)))
            .ToList();
        return new SuiteSummary(Count(outcomes), features, folders);
    }

    private static Tally Count(IEnumerable<ScenarioOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new Tally(
            Passed: list.Count(outcome => outcome.Status == ScenarioStatus.Passed),
            Failed: list.Count(outcome => outcome.CountsAsFailure),
            Skipped: list.Count(outcome => outcome.Status == ScenarioStatus.Skipped),
            NotRun: list.Count(outcome => outcome.Status == ScenarioStatus.NotRun));
    }
}
