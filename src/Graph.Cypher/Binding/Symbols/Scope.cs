namespace Graph.Cypher.Binding;

/// <summary>
/// The variables visible at one point. A clause boundary (WITH, RETURN) starts a fresh scope; comprehensions,
/// quantifiers, reduce and EXISTS open a child scope that sees its parent and is dropped afterwards.
/// </summary>
public sealed class Scope(Scope? parent = null)
{
    private readonly Dictionary<string, VariableSymbol> symbols = new(StringComparer.Ordinal);

    public Scope? Parent { get; } = parent;

    /// <summary>The variables declared in this scope itself, in declaration order.</summary>
    public IReadOnlyList<VariableSymbol> Symbols => [.. symbols.Values.Where(symbol => !symbol.IsGenerated)];

    public bool TryLookup(string name, out VariableSymbol symbol)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.symbols.TryGetValue(name, out symbol!))
            {
                return true;
            }
        }

        symbol = null!;
        return false;
    }

    public bool IsDeclaredLocally(string name) => symbols.ContainsKey(name);

    /// <summary>Declares or, for a scope being rebuilt, replaces a variable.</summary>
    public void Declare(VariableSymbol symbol) => symbols[symbol.Name] = symbol;
}
