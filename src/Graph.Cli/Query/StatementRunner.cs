using System.Diagnostics;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;

namespace Graph.Cli.Query;

/// <summary>Runs statements one at a time: prepare, execute, print the result or the error; returns the exit code.</summary>
public sealed class StatementRunner(CypherEngine engine, IResultWriter writer, ErrorReporter errors)
{
    public Dictionary<string, CypherValue> Parameters { get; } = new(StringComparer.Ordinal);

    public int Run(Statement statement, string? source, QueryOptions options, CancellationToken cancellation)
    {
        var prepared = engine.Prepare(statement.Text);
        if (prepared.Error is { } compileError)
        {
            errors.Report(compileError, prepared, statement, source);
            return ExitCodes.BadInput;
        }

        var clock = Stopwatch.StartNew();
        var result = engine.Execute(prepared, Parameters, options, cancellation);
        if (result.Elapsed == TimeSpan.Zero)
        {
            // The engine leaves Elapsed unset on some paths; the user still wants to know how long they waited.
            result = new QueryResult { Columns = result.Columns, Rows = result.Rows, Error = result.Error, Plan = result.Plan, WroteChanges = result.WroteChanges, Elapsed = clock.Elapsed };
        }

        if (result.Error is { } failure)
        {
            errors.Report(failure, prepared, statement, source);
            return failure.Code switch
            {
                ExecutionErrorCodes.Cancelled => ExitCodes.Cancelled,
                ExecutionErrorCodes.StoreError => ExitCodes.StoreError,
                _ => ExitCodes.BadInput,
            };
        }

        writer.Write(result, engine.Snapshot);
        return ExitCodes.Ok;
    }

    /// <summary>Runs the statements in order and stops at the first failure: later statements may depend on earlier ones.</summary>
    public int RunAll(IEnumerable<Statement> statements, string? source, QueryOptions options, CancellationToken cancellation)
    {
        foreach (var statement in statements)
        {
            var code = Run(statement, source, options, cancellation);
            if (code != ExitCodes.Ok)
            {
                return code;
            }
        }

        return ExitCodes.Ok;
    }
}
