namespace Graph.Cypher.Binding;

/// <summary>
/// What the binder knows of a function: its arity (MaxArguments null = any number), whether it aggregates, its result
/// type and, where it matters for compile-time errors, the types its arguments may have (null = anything).
/// </summary>
public sealed record FunctionSignature(
    string Name,
    int MinArguments,
    int? MaxArguments,
    bool IsAggregate,
    CypherType ReturnType,
    IReadOnlyList<CypherType[]?>? ArgumentTypes = null)
{
    public bool AcceptsArgumentCount(int count) => count >= MinArguments && (MaxArguments is null || count <= MaxArguments);

    /// <summary>The types argument <paramref name="index"/> may have, or null when any type will do.</summary>
    public CypherType[]? ArgumentTypesAt(int index) =>
        ArgumentTypes is not null && index < ArgumentTypes.Count ? ArgumentTypes[index] : null;

    public string ArityText => MaxArguments == MinArguments ? $"{MinArguments}"
        : MaxArguments is null ? $"at least {MinArguments}" : $"{MinArguments} to {MaxArguments}";
}
