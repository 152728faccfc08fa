namespace Graph.Cypher.Syntax;

public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}
