using Gherkin;
using Gherkin.Ast;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Loading;

/// <summary>Reads every <c>*.feature</c> file under a features directory, in a stable (ordinal path) order.</summary>
public static class FeatureLoader
{
    public static IReadOnlyList<TckFeature> LoadDirectory(string featuresDirectory)
    {
        var root = Path.GetFullPath(featuresDirectory);
        return Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(file => (file, relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .OrderBy(pair => pair.relative, StringComparer.Ordinal)
            .Select(pair => LoadText(pair.relative, File.ReadAllText(pair.file)))
            .ToList();
    }

    /// <summary>Parses one feature's text; a file Gherkin rejects becomes one failing scenario naming the problem.</summary>
    public static TckFeature LoadText(string relativePath, string text)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (ParserException error)
        {
            var broken = new TckScenario(relativePath, relativePath, "(feature file)", error.Location?.Line ?? 1, null, [], [], error.Message);
            return new TckFeature(relativePath, relativePath, [broken]);
        }

        if (document.Feature is not { } feature)
        {
            return new TckFeature(relativePath, relativePath, []);
        }

        var scenarios = ExpandChildren(relativePath, feature.Name, feature.Children, []).ToList();
        return new TckFeature(relativePath, feature.Name, scenarios);
    }

    private static IEnumerable<TckScenario> ExpandChildren(string path, string featureName, IEnumerable<IHasLocation> children, IReadOnlyList<Step> inheritedBackground)
    {
        var background = inheritedBackground;
        foreach (var child in children)
        {
            switch (child)
            {
                case Background found:
                    background = [.. inheritedBackground, .. found.Steps];
                    break;
                case Scenario scenario:
                    foreach (var expanded in ScenarioExpander.Expand(path, featureName, scenario, background))
                    {
                        yield return expanded;
                    }

                    break;
                case Rule rule:
                    foreach (var expanded in ExpandChildren(path, featureName, rule.Children, background))
                    {
                        yield return expanded;
                    }

                    break;
            }
        }
    }
}
