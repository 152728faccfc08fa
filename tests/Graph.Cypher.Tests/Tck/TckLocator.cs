namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// Finds the TCK features folder: TCK_DIR if set, else the nearest shared/tck above the test's base directory,
/// which covers both /work/shared beside the repository and a shared/ folder next to a CI clone.
/// </summary>
public static class TckLocator
{
    public static string? FindFeaturesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TCK_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            var features = Path.Combine(configured, "features");
            return Directory.Exists(features) ? features : Directory.Exists(configured) ? configured : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "tck", "features");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every query of the TCK; fails the calling test when the TCK cannot be found.</summary>
    public static List<TckScenario> LoadScenarios()
    {
        var features = FindFeaturesDirectory();
        Assert.True(features is not null, "TCK not found: set TCK_DIR to an existing TCK folder or place shared/tck beside the repository.");
        var scenarios = TckFeatureReader.ReadAll(features).ToList();
        Assert.NotEmpty(scenarios);
        return scenarios;
    }
}
