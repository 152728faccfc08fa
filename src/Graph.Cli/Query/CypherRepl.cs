using System.Text;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;

namespace Graph.Cli.Query;

/// <summary>
/// The interactive prompt: <c>graph&gt; </c>, statements may span lines and run at <c>;</c>; colon commands at the start of
/// a statement (<c>:help</c>, <c>:quit</c>, <c>:explain</c>, <c>:profile</c>, <c>:params</c>, <c>:param k=v</c>).
/// An error is printed and the prompt goes on; end of input (Ctrl+D) leaves.
/// </summary>
public sealed class CypherRepl(StatementRunner runner, QueryOptions options, TextReader input, TextWriter output)
{
    public const string Prompt = "graph> ";
    public const string ContinuationPrompt = "  ...> ";

    public const string Help = """
        Type Cypher and end it with ; to run it (statements may span lines).
          :help            this text
          :quit            leave (Ctrl+D too)
          :explain         toggle EXPLAIN: show plans instead of running
          :profile         toggle PROFILE: run and show plans with actual rows
          :params          list the parameters
          :param k=v       set a parameter (v as a Cypher literal, else a string); :param k= with nothing removes it
        """;

    private QueryOptions _options = options;

    public int Run(CancellationToken cancellation)
    {
        output.WriteLine("graph cypher — :help for help, :quit to leave.");
        var buffer = new StringBuilder();
        while (!cancellation.IsCancellationRequested)
        {
            output.Write(buffer.Length == 0 ? Prompt : ContinuationPrompt);
            output.Flush();
            var text = input.ReadLine();
            if (text is null)
            {
                output.WriteLine();
                break;
            }

            if (buffer.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (text.TrimStart().StartsWith(':'))
                {
                    if (!Command(text.Trim()))
                    {
                        break;
                    }

                    continue;
                }
            }

            buffer.Append(text).Append('\n');
            var script = buffer.ToString();
            if (StatementSplitter.EndsStatement(script))
            {
                buffer.Clear();
                foreach (var statement in StatementSplitter.Split(script))
                {
                    // Positions count from the statement's first line at the prompt, which is what the user still sees.
                    runner.Run(statement, null, _options, cancellation);
                }
            }
        }

        return cancellation.IsCancellationRequested ? ExitCodes.Cancelled : ExitCodes.Ok;
    }

    /// <summary>Handles a colon command; false means leave.</summary>
    private bool Command(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var name = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var argument = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        switch (name)
        {
            case ":quit" or ":exit" or ":q":
                return false;
            case ":help" or ":h" or ":?":
                output.WriteLine(Help);
                break;
            case ":explain":
                _options = _options with { Mode = _options.Mode == ExecutionMode.Explain ? ExecutionMode.Run : ExecutionMode.Explain };
                output.WriteLine($"EXPLAIN is {(_options.Mode == ExecutionMode.Explain ? "on" : "off")}.");
                break;
            case ":profile":
                _options = _options with { Mode = _options.Mode == ExecutionMode.Profile ? ExecutionMode.Run : ExecutionMode.Profile };
                output.WriteLine($"PROFILE is {(_options.Mode == ExecutionMode.Profile ? "on" : "off")}.");
                break;
            case ":params":
                ListParameters();
                break;
            case ":param":
                SetParameter(argument);
                break;
            default:
                output.WriteLine($"Unknown command {name}; :help lists the commands.");
                break;
        }

        return true;
    }

    private void ListParameters()
    {
        if (runner.Parameters.Count == 0)
        {
            output.WriteLine("No parameters; set one with :param name=value.");
            return;
        }

        foreach (var (name, value) in runner.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"${name} = {value}");
        }
    }

    private void SetParameter(string argument)
    {
        if (argument.EndsWith('=') && ParameterArgument.TryParse(argument + "x") is { } removed)
        {
            runner.Parameters.Remove(removed.Name);
            output.WriteLine($"${removed.Name} removed.");
            return;
        }

        if (ParameterArgument.TryParse(argument) is not { } parameter)
        {
            output.WriteLine("Usage: :param name=value");
            return;
        }

        runner.Parameters[parameter.Name] = parameter.Value;
        output.WriteLine($"${parameter.Name} = {parameter.Value}");
    }
}
