namespace Graph.Cypher.Binding;

/// <summary>What the binder is told about its environment: the functions and procedures a query may call.</summary>
public sealed record BindingOptions
{
    public static BindingOptions Default { get; } = new();

    public IFunctionCatalog Functions { get; init; } = StandardFunctionCatalog.Instance;

    /// <summary>Null when procedures are not known at bind time: CALL is then checked only for scoping.</summary>
    public IProcedureCatalog? Procedures { get; init; }

    /// <summary>
    /// The names of the parameters the query will run with, when known at bind time; a parameter not among them is
    /// MissingParameter. Null (prepared once, run with many parameter sets) leaves the check to the engine.
    /// </summary>
    public IReadOnlySet<string>? Parameters { get; init; }
}
