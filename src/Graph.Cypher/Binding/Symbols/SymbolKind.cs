namespace Graph.Cypher.Binding;

/// <summary>What a variable was introduced as; decides where it may be used again.</summary>
public enum SymbolKind
{
    Node,
    Relationship,

    /// <summary>The variable of a variable-length relationship: a list of relationships.</summary>
    RelationshipList,
    Path,

    /// <summary>Introduced by WITH, UNWIND, YIELD or an iteration; its <see cref="VariableSymbol.Type"/> says more.</summary>
    Value,
}
