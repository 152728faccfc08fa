using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Support;

/// <summary>
/// A test double for the harness's own tests: answers queries from a script keyed by query text and keeps a
/// hand-driven graph snapshot. It is never used by the console runner.
/// </summary>
public sealed class ScriptedEngine : ITckEngine
{
    private readonly Dictionary<string, Func<ScriptedEngine, IReadOnlyDictionary<string, TckValue>, TckQueryOutcome>> _scripts = new(StringComparer.Ordinal);

    public List<string> Executed { get; } = [];

    public List<TckProcedure> Procedures { get; } = [];

    public int Resets { get; private set; }

    public bool Disposed { get; private set; }

    public TckGraphSnapshot State { get; set; } = TckGraphSnapshot.Empty;

    public ScriptedEngine On(string query, Func<ScriptedEngine, IReadOnlyDictionary<string, TckValue>, TckQueryOutcome> answer)
    {
        _scripts[query.Trim()] = answer;
        return this;
    }

    public ScriptedEngine On(string query, TckQueryOutcome outcome) => On(query, (_, _) => outcome);

    public void Reset()
    {
        Resets++;
        State = TckGraphSnapshot.Empty;
        Procedures.Clear();
    }

    public void RegisterProcedure(TckProcedure procedure) => Procedures.Add(procedure);

    public TckQueryOutcome Execute(string query, IReadOnlyDictionary<string, TckValue> parameters, CancellationToken cancellationToken)
    {
        var key = query.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Executed.Add(key);
        return _scripts.TryGetValue(key, out var answer)
            ? answer(this, parameters)
            : new TckQueryError("ScriptedEngineError", TckErrorPhase.CompileTime, "NotScripted", $"not scripted: {key}");
    }

    public TckGraphSnapshot Snapshot() => State;

    public void Dispose() => Disposed = true;
}
