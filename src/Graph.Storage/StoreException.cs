namespace Graph.Storage;

/// <summary>A store failure that reaches the user as a message with a stable code.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string code, string message)
        : base(message) => Code = code;

    public StoreException(string code, string message, Exception inner)
        : base(message, inner) => Code = code;

    public StoreException()
        : base("store error") => Code = "STORE000";

    public StoreException(string message)
        : base(message) => Code = "STORE000";

    public StoreException(string message, Exception inner)
        : base(message, inner) => Code = "STORE000";

    public string Code { get; }
}
