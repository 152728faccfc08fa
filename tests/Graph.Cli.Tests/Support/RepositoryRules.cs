namespace Graph.Cli.Tests.Support;

/// <summary>The repository's screening rules folder (cypher/rules), found from the test binaries upwards.</summary>
public static class RepositoryRules
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var rules = Path.Combine(directory.FullName, "cypher", "rules");
            if (Directory.Exists(rules))
            {
                return rules;
            }
        }

        throw new DirectoryNotFoundException("cypher/rules not found above " + AppContext.BaseDirectory);
    }
}
