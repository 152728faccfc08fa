namespace Graph.Cypher.Values.Errors;

/// <summary>The error classes the openCypher TCK names in "Then a X should be raised".</summary>
public enum CypherErrorClass
{
    TypeError,
    ArgumentError,
    ArithmeticError,
    SemanticError,
    SyntaxError,
    EntityNotFound,
    ConstraintValidationFailed,

    /// <summary>The TCK's unspecific "an Error should be raised".</summary>
    Error,
    ProcedureError,
}
