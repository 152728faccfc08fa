using Graph.Cli.Console;

namespace Graph.Cli.Commands;

/// <summary>The one check, and the one message, for a dataset folder argument that is not there.</summary>
public static class DatasetDirectory
{
    /// <summary>The exit code after reporting the error, or null when the folder exists.</summary>
    public static int? ReportIfMissing(string directory) =>
        Directory.Exists(directory)
            ? null
            : UserError.Report("CLI020", $"dataset folder '{directory}' does not exist.", ExitCodes.BadInput);
}
