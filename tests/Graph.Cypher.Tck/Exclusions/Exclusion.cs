namespace Graph.Cypher.Tck.Exclusions;

/// <summary>
/// One entry of the exclusion list. <paramref name="Feature"/> is a glob over the feature path relative to the
/// features directory (<c>*</c> any text, <c>?</c> one character), such as <c>clauses/call/*</c> or
/// <c>expressions/temporal/Temporal4.feature</c>. <paramref name="Scenario"/>, when given, is a glob over the
/// scenario name, matched against the bare name and the name with its <c>(example N)</c> suffix.
/// </summary>
public sealed record Exclusion(string Feature, string? Scenario, string Reason, ExclusionKind Kind)
{
    public bool Matches(string featurePath, string scenarioName, string displayName) =>
        Glob.IsMatch(Feature, featurePath)
        && (Scenario is null || Glob.IsMatch(Scenario, scenarioName) || Glob.IsMatch(Scenario, displayName));

    public override string ToString() =>
        $"{Feature}{(Scenario is null ? string.Empty : $" / {Scenario}")} ({Kind.ToString().ToLowerInvariant()}: {Reason})";
}
