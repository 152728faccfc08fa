namespace Graph.Cypher.Tck.Reporting;

/// <summary>
/// The conformance target: an overall pass rate over runnable scenarios, and a per-folder rate for every folder
/// under clauses/ (except clauses/call, whose procedures are a test fixture rather than the language) and expressions/.
/// </summary>
public sealed record ThresholdPolicy(double MinPass, double MinFolder)
{
    public static readonly ThresholdPolicy Default = new(0.9, 0.8);

    public bool IsGated(string folder) =>
        (folder.StartsWith("clauses/", StringComparison.Ordinal) && folder != "clauses/call" && !folder.StartsWith("clauses/call/", StringComparison.Ordinal))
        || folder.StartsWith("expressions/", StringComparison.Ordinal);

    /// <summary>Each way the run misses the target; empty when it meets it.</summary>
    public IReadOnlyList<string> Violations(SuiteSummary summary)
    {
        var violations = new List<string>();
        if (summary.Total.PassRate is not { } overall)
        {
            violations.Add("no runnable scenario");
        }
        else if (overall < MinPass)
        {
            violations.Add($"overall {summary.Total.RateText} is below {MinPass * 100:0.#}%");
        }

        violations.AddRange(summary.Folders
            .Where(folder => folder.Gated && folder.Tally.PassRate is { } rate && rate < MinFolder)
            .Select(folder => $"{folder.Name} {folder.Tally.RateText} is below {MinFolder * 100:0.#}%"));
        return violations;
    }
}
