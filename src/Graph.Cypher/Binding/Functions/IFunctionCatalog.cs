namespace Graph.Cypher.Binding;

/// <summary>
/// The functions a query may call, by case-insensitive name (namespaced names like "duration.between" included).
/// The binder needs only this; the engine supplies one backed by its function library.
/// </summary>
public interface IFunctionCatalog
{
    bool TryGetFunction(string name, out FunctionSignature signature);
}
