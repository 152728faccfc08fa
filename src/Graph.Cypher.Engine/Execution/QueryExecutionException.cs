namespace Graph.Cypher.Engine.Execution;

/// <summary>Ends a running query; the runner turns it into an error result, so callers never see it.</summary>
public sealed class QueryExecutionException : Exception
{
    public QueryExecutionException(string code, string message)
        : base(message)
    {
        Code = code;
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
}
