namespace Graph.Cypher.Tests.Golden;

/// <summary>
/// Locates the golden cases in the source tree (not the build output), so UPDATE_GOLDEN=1 rewrites the files
/// that are checked in.
/// </summary>
internal static class GoldenFiles
{
    public static bool UpdateRequested => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string CasesDirectory() => Path.Combine(ProjectDirectory(), "Golden", "Cases");

    /// <summary>The test project's source folder, found by walking up from the build output.</summary>
    public static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.Cypher.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Graph.Cypher.Tests.csproj not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> CaseNames() =>
        Directory.EnumerateFiles(CasesDirectory(), "*.cypher")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!;
}
