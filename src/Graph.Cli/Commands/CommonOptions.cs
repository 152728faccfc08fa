using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>Options shared by several verbs, so that they read the same everywhere.</summary>
public static class CommonOptions
{
    public const string StoreEnvironmentVariable = "GRAPH_STORE";

    /// <summary>Where the embedded store lives: --store, else $GRAPH_STORE, else ./data/store.</summary>
    public static Option<string> Store() => new("--store", "-s")
    {
        Description = $"Folder of the embedded store (default: ${StoreEnvironmentVariable} or ./data/store).",
        DefaultValueFactory = _ => DefaultStorePath(),
    };

    public static string DefaultStorePath() =>
        Environment.GetEnvironmentVariable(StoreEnvironmentVariable) is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine("data", "store");
}
