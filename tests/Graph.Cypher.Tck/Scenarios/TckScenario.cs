namespace Graph.Cypher.Tck.Scenarios;

/// <summary>
/// One runnable scenario: a plain scenario, or one Examples row of an outline with its placeholders filled in.
/// A scenario the loader could not understand carries <see cref="LoadError"/> and fails when run, so a
/// misread feature file can never pass quietly.
/// </summary>
public sealed record TckScenario(
    string FeaturePath,
    string FeatureName,
    string Name,
    int Line,
    int? ExampleIndex,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TckStep> Steps,
    string? LoadError = null)
{
    /// <summary>The feature's folder relative to the features directory, such as <c>clauses/match</c>.</summary>
    public string Folder
    {
        get
        {
            var slash = FeaturePath.LastIndexOf('/');
            return slash < 0 ? "." : FeaturePath[..slash];
        }
    }

    public string DisplayName => ExampleIndex is { } index ? $"{Name} (example {index})" : Name;

    public string Id => $"{FeaturePath}: {DisplayName}";

    public bool IsOutlineExample => ExampleIndex is not null;
}
