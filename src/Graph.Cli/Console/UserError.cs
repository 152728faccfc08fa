namespace Graph.Cli.Console;

/// <summary>Prints a user error as `graph: error CODE: message` on stderr — never a stack trace.</summary>
public static class UserError
{
    public static int Report(string code, string message, int exitCode)
    {
        System.Console.Error.WriteLine($"graph: error {code}: {message}");
        return exitCode;
    }
}
