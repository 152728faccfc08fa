using System.Text;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;
using Graph.Storage;

namespace Graph.Cypher.Engine.Golden.Tests.Support;

/// <summary>
/// Runs one case on a fresh store with the model's indexes (so index seeks can be planned) and renders everything it
/// shows as text: each run of the prepared query, then each <c>after</c> statement.
/// </summary>
public static class GoldenRunner
{
    /// <summary>A case that overruns this has hung the engine; the cancellation turns the hang into a visible mismatch.</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromMinutes(1);

    public static string Run(GoldenCase golden)
    {
        var folder = Path.Combine(Path.GetTempPath(), "graph-golden-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var store = GraphStore.Open(folder, new StoreOptions { Fsync = false });
            var engine = new CypherEngine(store);
            Prepare(engine, golden);
            return Render(engine, golden);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Prepare(CypherEngine engine, GoldenCase golden)
    {
        var scripts = golden.Graphs.SelectMany(graph => Statements(File.ReadAllText(CasesDirectory.GraphFile(graph))));
        foreach (var statement in scripts.Concat(golden.Setup))
        {
            var result = engine.Execute(statement);
            if (result.Error is { } error)
            {
                throw new InvalidOperationException($"setup of {golden.Name} failed: {statement}\n{error}");
            }
        }
    }

    private static string Render(CypherEngine engine, GoldenCase golden)
    {
        var options = new QueryOptions
        {
            Mode = Enum.Parse<ExecutionMode>(golden.Mode, ignoreCase: true),
            Limits = QueryLimits.Default with
            {
                TimeLimit = golden.TimeLimitMs is { } ms ? TimeSpan.FromMilliseconds(ms) : QueryLimits.Default.TimeLimit,
                MaxResultRows = golden.MaxRows ?? QueryLimits.Default.MaxResultRows,
                ReadOnly = golden.ReadOnly,
            },
        };

        // One preparation for every run: reusing a prepared query with new parameters is part of what is tested.
        var prepared = engine.Prepare(golden.Query);
        var text = new StringBuilder();
        foreach (var run in golden.Runs.Count == 0 ? [null] : golden.Runs.Cast<string?>())
        {
            text.Append(run is null ? "-- result\n" : $"-- run {run}\n");
            using var backstop = new CancellationTokenSource(Backstop);
            var result = engine.Execute(prepared, run is null ? null : Parameters(engine, run), options, backstop.Token);
            text.Append(ResultText.Format(result, engine.Snapshot));
        }

        foreach (var statement in golden.After)
        {
            text.Append("-- after: ").Append(statement).Append('\n');
            text.Append(ResultText.Format(engine.Execute(statement), engine.Snapshot));
        }

        return text.ToString();
    }

    /// <summary>Parameter sets are written as Cypher map literals and evaluated by the engine itself.</summary>
    private static Dictionary<string, CypherValue> Parameters(CypherEngine engine, string mapLiteral)
    {
        var result = engine.Execute($"RETURN {mapLiteral} AS parameters");
        if (result.Error is { } error || result.Rows.Count != 1 || result.Rows[0][0].Kind != CypherValueKind.Map)
        {
            throw new InvalidOperationException($"parameters {mapLiteral} are not a map literal: {result.Error}");
        }

        return result.Rows[0][0].AsMap.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
    }

    /// <summary>Graph scripts: whole-line // comments, then statements ending in ; (no ; inside their strings).</summary>
    private static IEnumerable<string> Statements(string script) =>
        string.Join('\n', script.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.Length > 0);
}
