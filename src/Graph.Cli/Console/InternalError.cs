namespace Graph.Cli.Console;

/// <summary>
/// A bug, not a user mistake: the user gets one line and the path of a crash report; the stack
/// trace goes into that file for whoever fixes it, never onto the screen.
/// </summary>
public static class InternalError
{
    public static int Report(Exception e)
    {
        var path = Path.Combine(Path.GetTempPath(), $"graph-crash-{DateTime.UtcNow:yyyyMMddTHHmmss}-{Environment.ProcessId}.txt");
        try
        {
            File.WriteAllText(path, e.ToString());
        }
        catch (IOException)
        {
            path = "(could not write a crash report)";
        }

        System.Console.Error.WriteLine($"graph: internal error INT001: {e.GetType().Name}: {e.Message}. This is a bug; the details are in {path}.");
        return ExitCodes.Internal;
    }
}
