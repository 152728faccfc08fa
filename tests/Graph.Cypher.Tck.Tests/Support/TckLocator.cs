namespace Graph.Cypher.Tck.Tests.Support;

/// <summary>
/// Finds the real TCK features folder: TCK_DIR if set, else the nearest shared/tck above the test's base
/// directory, which covers /work/shared beside the repository and a shared/ folder beside a CI clone.
/// </summary>
public static class TckLocator
{
    public static string FeaturesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TCK_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            var nested = Path.Combine(configured, "features");
            return Directory.Exists(nested) ? nested : configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "tck", "features");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("TCK not found: set TCK_DIR or place shared/tck beside the repository.");
        return string.Empty;
    }
}
