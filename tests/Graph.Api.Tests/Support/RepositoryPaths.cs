namespace Graph.Api.Tests.Support;

/// <summary>Folders of the repository the tests read (the rules, the schema snapshot).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "cypher", "rules");

    public static string SchemaSnapshot => Path.Combine(Root, "tests", "Graph.Api.Tests", "Snapshots", "schema.graphql");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
