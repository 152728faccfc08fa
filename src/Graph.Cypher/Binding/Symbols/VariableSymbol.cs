using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>
/// One variable. Bound expressions refer to the symbol itself, so two variables with the same name in different
/// scopes stay apart (compare by reference). Anonymous pattern parts get a generated name such as "  node@12".
/// </summary>
public sealed class VariableSymbol(string name, SymbolKind kind, CypherType type, TextSpan declaredAt, bool isGenerated = false)
{
    public string Name { get; } = name;

    public SymbolKind Kind { get; } = kind;

    public CypherType Type { get; } = type;

    public TextSpan DeclaredAt { get; } = declaredAt;

    /// <summary>True for the names given to anonymous nodes, relationships and columns; users cannot refer to them.</summary>
    public bool IsGenerated { get; } = isGenerated;

    public override string ToString() => $"{Name}: {Kind} {Type}";
}
