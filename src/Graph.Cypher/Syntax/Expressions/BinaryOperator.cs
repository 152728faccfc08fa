namespace Graph.Cypher.Syntax;

public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    RegexMatch,
    StartsWith,
    EndsWith,
    Contains,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}
