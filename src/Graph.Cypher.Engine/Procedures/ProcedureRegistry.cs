using Graph.Cypher.Binding;

namespace Graph.Cypher.Engine.Procedures;

/// <summary>The procedures CALL can invoke: the binder checks calls against the signatures, the executor runs the bodies.</summary>
public sealed class ProcedureRegistry : IProcedureCatalog
{
    private readonly Dictionary<string, (ProcedureSignature Signature, ProcedureBody Body)> _procedures = new(StringComparer.Ordinal);

    public void Register(ProcedureSignature signature, ProcedureBody body) => _procedures[signature.Name] = (signature, body);

    public void Clear() => _procedures.Clear();

    public bool TryGetProcedure(string name, out ProcedureSignature signature)
    {
        bool found = _procedures.TryGetValue(name, out var entry);
        signature = entry.Signature;
        return found;
    }

    public bool TryGetBody(string name, out ProcedureBody body)
    {
        bool found = _procedures.TryGetValue(name, out var entry);
        body = entry.Body;
        return found;
    }
}
