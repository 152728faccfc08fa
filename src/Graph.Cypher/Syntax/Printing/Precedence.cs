namespace Graph.Cypher.Syntax;

/// <summary>Binding strength of expression forms, loosest first, as the parser's precedence climbing applies it.</summary>
internal enum Precedence
{
    Or,
    Xor,
    And,
    Not,
    Comparison,
    Predicate,
    Additive,
    Multiplicative,
    Power,
    Unary,
    Postfix,
}
