using System.CommandLine;
using Graph.Cli.Console;
using Graph.Cli.Query;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Storage;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph cypher`: runs Cypher on the store — one query (-e), a script of ;-separated statements (-f, or stdin when it
/// is not a terminal), or an interactive prompt. Query errors print with position and caret and exit 2.
/// </summary>
public static class CypherCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var execute = new Option<string?>("--execute", "-e") { Description = "The query to run (several may be separated by ;)." };
        var file = new Option<string?>("--file", "-f") { Description = "A file of ;-separated statements to run in order; stops at the first error." };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A query parameter, name=value; value is a Cypher literal (1, 2.5, 'text', true, null, [1, 2], {k: 1}), else taken as a string. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        parameters.Validators.Add(r =>
        {
            foreach (var text in r.GetValue(parameters) ?? [])
            {
                if (ParameterArgument.TryParse(text) is null)
                {
                    r.AddError($"--param needs name=value, not '{text}'.");
                }
            }
        });
        var format = new Option<string>("--format") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var readOnly = new Option<bool>("--read-only") { Description = "Open the store read-only: write clauses are refused, and a running load is not disturbed." };
        var explain = new Option<bool>("--explain") { Description = "Show the plan instead of running the query." };
        var profile = new Option<bool>("--profile") { Description = "Run the query and show the plan with actual rows and times." };
        var timeout = new Option<double?>("--timeout") { Description = "Time limit per statement in seconds (default 30)." };
        timeout.Validators.Add(r =>
        {
            if (r.GetValue(timeout) is <= 0)
            {
                r.AddError("--timeout must be more than 0 seconds.");
            }
        });

        var command = new Command("cypher", "Run Cypher queries on the store: -e QUERY, -f FILE, statements on stdin, or an interactive prompt.")
        {
            store, execute, file, parameters, format, readOnly, explain, profile, timeout,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            new CypherRequest
            {
                StorePath = parse.GetValue(store)!,
                Query = parse.GetValue(execute),
                File = parse.GetValue(file),
                Parameters = (parse.GetValue(parameters) ?? []).Select(p => ParameterArgument.TryParse(p)!).ToList(),
                Format = Enum.Parse<ResultFormat>(parse.GetValue(format)!, ignoreCase: true),
                ReadOnly = parse.GetValue(readOnly),
                Explain = parse.GetValue(explain),
                Profile = parse.GetValue(profile),
                Timeout = parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            },
            ct)));
        return command;
    }

    public static int Run(CypherRequest request, CancellationToken ct)
    {
        if (request.Query is not null && request.File is not null)
        {
            return UserError.Report("CLI051", "give either -e QUERY or -f FILE, not both.", ExitCodes.Usage);
        }

        if (request.Explain && request.Profile)
        {
            return UserError.Report("CLI053", "give either --explain or --profile, not both.", ExitCodes.Usage);
        }

        if (request.File is not null && !File.Exists(request.File))
        {
            return UserError.Report("CLI052", $"query file '{request.File}' does not exist.", ExitCodes.BadInput);
        }

        if (request.ReadOnly && !Directory.Exists(request.StorePath))
        {
            return UserError.Report("CLI050", $"no store at '{request.StorePath}'; load a dataset first (graph load DIR --store {request.StorePath}).", ExitCodes.BadInput);
        }

        try
        {
            using var session = CypherSession.Open(request.StorePath, request.ReadOnly, System.Console.Error);
            var options = Options(request);
            var runner = new StatementRunner(session.Engine, Writer(request.Format, options.Mode), new ErrorReporter(System.Console.Error));
            foreach (var parameter in request.Parameters)
            {
                runner.Parameters[parameter.Name] = parameter.Value;
            }

            if (request.Query is { } query)
            {
                return runner.RunAll(StatementSplitter.Split(query), null, options, ct);
            }

            if (request.File is { } path)
            {
                return runner.RunAll(StatementSplitter.Split(File.ReadAllText(path)), path, options, ct);
            }

            // Piped or redirected input is a script; only a person at a terminal gets the prompt.
            return System.Console.IsInputRedirected
                ? runner.RunAll(StatementSplitter.Split(System.Console.In.ReadToEnd()), null, options, ct)
                : new CypherRepl(runner, options, System.Console.In, System.Console.Out).Run(ct);
        }
        catch (StoreException e)
        {
            return UserError.Report(e.Code, e.Message, ExitCodes.StoreError);
        }
    }

    private static QueryOptions Options(CypherRequest request) => new()
    {
        Mode = request.Explain ? ExecutionMode.Explain : request.Profile ? ExecutionMode.Profile : ExecutionMode.Run,
        Limits = QueryLimits.Default with
        {
            ReadOnly = request.ReadOnly,
            TimeLimit = request.Timeout ?? QueryLimits.Default.TimeLimit,
        },
    };

    private static IResultWriter Writer(ResultFormat format, ExecutionMode mode) => format switch
    {
        ResultFormat.Json => new JsonResultWriter(System.Console.Out),
        ResultFormat.Csv => new CsvResultWriter(System.Console.Out, System.Console.Error),
        _ => new TableResultWriter(TableConsole(), mode),
    };

    /// <summary>Spectre wraps cells at the terminal width; when output goes to a file or a pipe there is no width to respect.</summary>
    private static IAnsiConsole TableConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
