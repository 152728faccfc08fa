using Graph.Api.Store;
using Graph.Cli.Console;
using Graph.Storage;

namespace Graph.Cli.Commands;

/// <summary>
/// What `graph serve --demo` does to the store before serving: an empty store (no folder, an empty folder, or a store
/// with no nodes) gets the demo dataset generated and loaded; a store with data is served as it is, never loaded into;
/// a folder that holds other files is neither written to nor served.
/// </summary>
public static class ServeDemoStore
{
    public const double Scale = 0.2;
    public const int Seed = 7;

    /// <summary>
    /// The store opened, if it holds nodes (to be served without opening it twice); null if it is empty (no folder, an
    /// empty folder, a store without nodes) or is not a store at all (<paramref name="notAStore"/>).
    /// </summary>
    public static OpenedStore? OpenIfNotEmpty(string storePath, out bool notAStore)
    {
        notAStore = false;
        if (!Directory.Exists(storePath) || !Directory.EnumerateFileSystemEntries(storePath).Any())
        {
            return null;
        }

        // The store reads a folder without its files as an empty store; the demo must not be loaded into one.
        if (!HoldsStoreFiles(storePath))
        {
            notAStore = true;
            return null;
        }

        try
        {
            var opened = OpenedStore.Open(storePath);
            return opened.Reader.NodeCount > 0 ? opened : null;
        }
        catch (StoreException)
        {
            notAStore = true;
            return null;
        }
    }

    /// <summary>The files every store has one of (Graph.Storage's manifest, writer lock, log and checkpoints).</summary>
    private static bool HoldsStoreFiles(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Any(name =>
            name is "MANIFEST" or "LOCK"
            || (name!.StartsWith("wal-", StringComparison.Ordinal) && name.EndsWith(".log", StringComparison.Ordinal))
            || (name.StartsWith("checkpoint-", StringComparison.Ordinal) && name.EndsWith(".bin", StringComparison.Ordinal)));

    /// <summary>
    /// Generates and loads the demo into an empty store and leaves any other alone. The exit code, and the store if
    /// it was opened to look into it.
    /// </summary>
    public static (int ExitCode, OpenedStore? Opened) Prepare(string storePath, string dataDirectory, CancellationToken ct)
    {
        var opened = OpenIfNotEmpty(storePath, out var notAStore);
        if (notAStore)
        {
            return (UserError.Report("CLI504", $"'{storePath}' holds files but is not a store; --demo loads only into a new or empty folder or an empty store.", ExitCodes.BadInput), null);
        }

        if (opened is not null)
        {
            System.Console.Error.WriteLine($"graph: the store at {storePath} is not empty; serving it as it is (no demo data added).");
            return (ExitCodes.Ok, opened);
        }

        return (DemoCommand.Run(storePath, dataDirectory, Scale, Seed, ct), null);
    }
}
