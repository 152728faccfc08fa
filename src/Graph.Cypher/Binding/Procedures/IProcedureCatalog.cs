namespace Graph.Cypher.Binding;

/// <summary>
/// The procedures CALL may invoke, by exact qualified name. Without a catalog (<see cref="BindingOptions.Procedures"/>
/// null) the binder checks only what needs no signature, and leaves resolving the procedure to the engine.
/// </summary>
public interface IProcedureCatalog
{
    bool TryGetProcedure(string name, out ProcedureSignature signature);
}
