using Graph.Cypher.Binding;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Tck.Values;
using Graph.Cypher.Values;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// Our Cypher engine behind the harness's <see cref="ITckEngine"/>. Each graph is a fresh store in a scratch folder:
/// the engine is tested on the real storage path (log, snapshots, tombstones), not on a mock. Side effects are left to the
/// harness's snapshot diff, since the engine keeps no statistics.
/// </summary>
public sealed class CypherEngineAdapter : ITckEngine
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "graph-tck-" + Guid.NewGuid().ToString("N"));
    private ScratchStore _store;
    private CypherEngine _engine;

    public CypherEngineAdapter()
    {
        Directory.CreateDirectory(_root);
        _store = ScratchStore.Create(_root);
        _engine = new CypherEngine(_store.Store);
    }

    /// <summary>The folder holding this engine's stores; gone after <see cref="Dispose"/>.</summary>
    internal string ScratchRoot => _root;

    /// <summary>A new store and a new engine: the engine is bound to its store, and a new one starts with no procedures and no cached plans.</summary>
    public void Reset()
    {
        _store.Dispose();
        _store = ScratchStore.Create(_root);
        _engine = new CypherEngine(_store.Store);
    }

    public void RegisterProcedure(TckProcedure procedure)
    {
        var signature = new ProcedureSignature(
            procedure.Name,
            procedure.Inputs.Select(input => new ProcedureField(input.Name, TckProcedureTypes.Parse(input.Type))).ToList(),
            procedure.Outputs.Select(output => new ProcedureField(output.Name, TckProcedureTypes.Parse(output.Type))).ToList());
        _engine.Procedures.Register(signature, (arguments, context) =>
            procedure.Invoke(arguments.Select(argument => TckValueConverter.ToTck(argument, context.Reader)).ToList())
                .Select(row => row.Select(TckValueConverter.ToCypher).ToArray()));

        // Plans bind procedure calls, so a plan cached before this procedure existed would still fail to find it.
        _engine.ClearCache();
    }

    public TckQueryOutcome Execute(string query, IReadOnlyDictionary<string, TckValue> parameters, CancellationToken cancellationToken)
    {
        QueryResult result;
        try
        {
            var values = parameters.ToDictionary(pair => pair.Key, pair => TckValueConverter.ToCypher(pair.Value), StringComparer.Ordinal);
            result = _engine.Execute(query, values, QueryOptions.Default, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The engine promises never to throw; if it does, the scenario must fail visibly, not take the run down.
            return new TckQueryError("Error", TckErrorPhase.Runtime, "EngineThrew", $"{error.GetType().Name}: {error.Message}");
        }

        return result.Error is { } failure ? ToTck(failure) : ToTck(result);
    }

    public TckGraphSnapshot Snapshot() => TckSnapshotReader.Read(_engine.Snapshot);

    public void Dispose()
    {
        _store.Dispose();
        ScratchStore.DeleteQuietly(_root);
    }

    private static TckQueryError ToTck(QueryError error) => new(
        error.ErrorClass,
        error.IsCompileTime ? TckErrorPhase.CompileTime : TckErrorPhase.Runtime,
        error.Detail ?? string.Empty,
        $"{error.Code}: {error.Message}");

    /// <summary>Rows are read through the snapshot published after the query, so nodes a write query created have their labels and properties.</summary>
    private TckQueryResult ToTck(QueryResult result)
    {
        var graph = _engine.Snapshot;
        var rows = result.Rows
            .Select(row => (IReadOnlyList<TckValue>)row.Select(value => TckValueConverter.ToTck(value, graph)).ToList())
            .ToList();
        return new TckQueryResult(result.Columns, rows);
    }
}
