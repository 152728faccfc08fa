namespace Graph.Cypher.Engine.Execution;

/// <summary>Stable codes of the errors a running query can end with.</summary>
public static class ExecutionErrorCodes
{
    public const string Cancelled = "EXEC_CANCELLED";
    public const string TimeLimitExceeded = "EXEC_TIME_LIMIT";
    public const string RowLimitExceeded = "EXEC_ROW_LIMIT";
    public const string TypeError = "EXEC_TYPE_ERROR";
    public const string WriteInReadOnly = "EXEC_WRITE_IN_READ_ONLY";
    public const string DeleteConnectedNode = "EXEC_DELETE_CONNECTED_NODE";
    public const string DeletedElement = "EXEC_DELETED_ELEMENT";
    public const string StoreError = "EXEC_STORE_ERROR";
    public const string InternalError = "EXEC_INTERNAL";
}
