namespace Graph.Cypher.Engine.Execution.Expressions;

public enum ArithmeticOperator : byte
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}
