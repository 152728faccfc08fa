namespace Graph.Cypher.Engine.Execution;

/// <summary>
/// Why a query produced no (complete) result. <see cref="Code"/> is stable (CYPnnn for compile-time
/// diagnostics, EXEC_* for runtime); <see cref="ErrorClass"/> and <see cref="Detail"/> follow the
/// openCypher TCK's classification; the position is 1-based and 0 when unknown.
/// </summary>
public sealed record QueryError(string Code, string Message)
{
    /// <summary>SyntaxError, SemanticError, TypeError, ArgumentError, ArithmeticError, EntityNotFound, ConstraintValidationFailed, ProcedureError or Error.</summary>
    public string ErrorClass { get; init; } = "Error";

    /// <summary>The TCK detail code, e.g. InvalidArgumentType; null when none applies.</summary>
    public string? Detail { get; init; }

    public bool IsCompileTime { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The offending source line with a caret under the position, when known.</summary>
    public string? Caret { get; init; }

    public override string ToString() => Line > 0 ? $"{Line}:{Column}: {Code}: {Message}" : $"{Code}: {Message}";
}
