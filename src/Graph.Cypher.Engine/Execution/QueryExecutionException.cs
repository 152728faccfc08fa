namespace Graph.Cypher.Engine.Execution;

/// <summary>Ends a running query; the runner turns it into an error result, so callers never see it.</summary>
public sealed class QueryExecutionException : Exception
{
    public QueryExecutionException(string code, string message, string errorClass = "Error", string? detail = null)
        : base(message)
    {
        Code = code;
        ErrorClass = errorClass;
        Detail = detail;
    }

    public QueryExecutionException()
        : this(ExecutionErrorCodes.InternalError, "Query execution failed.")
    {
    }

    public QueryExecutionException(string message)
        : this(ExecutionErrorCodes.InternalError, message)
    {
    }

    public QueryExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ExecutionErrorCodes.InternalError;
    }

    public string Code { get; } = ExecutionErrorCodes.InternalError;

    /// <summary>The TCK error class (e.g. ConstraintValidationFailed); "Error" when none applies.</summary>
    public string ErrorClass { get; } = "Error";

    /// <summary>The TCK detail (e.g. DeleteConnectedNode), or null.</summary>
    public string? Detail { get; }
}
