namespace Graph.Rules.Tests.Support;

/// <summary>
/// Folders of the source tree: the rule library and the fixtures are read where authors edit them, so adding a rule or
/// a fixture needs no rebuild of the tests.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "cypher", "rules");

    public static string Fixtures => Path.Combine(Root, "tests", "Graph.Rules.Tests", "Fixtures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Graph.sln not found above {AppContext.BaseDirectory}.");
    }
}
