namespace Graph.Cypher.Values.Errors;

/// <summary>A user-facing error as data: the TCK class, the TCK detail code and a message.</summary>
public sealed record CypherError(CypherErrorClass Class, string Detail, string Message)
{
    public override string ToString() => $"{Class}: {Detail}: {Message}";

    public static CypherError InvalidArgumentType(string message) =>
        new(CypherErrorClass.TypeError, CypherErrorDetail.InvalidArgumentType, message);

    public static CypherError InvalidArgumentValue(string message) =>
        new(CypherErrorClass.ArgumentError, CypherErrorDetail.InvalidArgumentValue, message);

    public static CypherError NumberOutOfRange(string message) =>
        new(CypherErrorClass.ArgumentError, CypherErrorDetail.NumberOutOfRange, message);

    public static CypherError IntegerOverflow(string message) =>
        new(CypherErrorClass.ArithmeticError, CypherErrorDetail.IntegerOverflow, message);

    public static CypherError DivisionByZero(string message) =>
        new(CypherErrorClass.ArithmeticError, CypherErrorDetail.DivisionByZero, message);

    public static CypherError UnknownFunction(string name) =>
        new(CypherErrorClass.SyntaxError, CypherErrorDetail.UnknownFunction, $"Unknown function '{name}'");

    public static CypherError InvalidNumberOfArguments(string name, int given) =>
        new(CypherErrorClass.SyntaxError, CypherErrorDetail.InvalidNumberOfArguments, $"Function '{name}' does not take {given} argument(s)");
}
