namespace Graph.Cypher.Tck.Loading;

/// <summary>
/// Finds the scripts behind <c>Given the NAME graph</c>: every <c>*.cypher</c> file in <c>graphs/NAME</c> beside the
/// features directory (the TCK's layout), run in ordinal file-name order.
/// </summary>
public sealed class NamedGraphs(string featuresDirectory)
{
    public string GraphsDirectory { get; } = Path.GetFullPath(Path.Combine(featuresDirectory, "..", "graphs"));

    public IReadOnlyList<string>? TryGetScripts(string name)
    {
        var folder = Path.Combine(GraphsDirectory, name);
        if (name.Contains("..", StringComparison.Ordinal) || !Directory.Exists(folder))
        {
            return null;
        }

        var scripts = Directory.EnumerateFiles(folder, "*.cypher")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        return scripts.Count > 0 ? scripts : null;
    }
}
