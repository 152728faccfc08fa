namespace Graph.Cypher.Values.Errors;

/// <summary>Carries a <see cref="CypherError"/> out of deep evaluation; the executor turns it back into an error result.</summary>
public sealed class CypherRuntimeException : Exception
{
    public CypherRuntimeException(CypherError error)
        : base(error.Message) => Error = error;

    public CypherRuntimeException()
        : this(CypherError.InvalidArgumentValue("Unspecified error"))
    {
    }

    public CypherRuntimeException(string message)
        : this(CypherError.InvalidArgumentValue(message))
    {
    }

    public CypherRuntimeException(string message, Exception innerException)
        : base(message, innerException) => Error = CypherError.InvalidArgumentValue(message);

    public CypherError Error { get; }
}
