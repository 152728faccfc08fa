namespace Graph.Loading.Loading;

/// <summary>A load failure with a stable code from <see cref="LoadErrorCodes"/>.</summary>
public sealed class LoadException : Exception
{
    public LoadException(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    public LoadException()
        : this(LoadErrorCodes.Failed, "load failed")
    {
    }

    public LoadException(string message)
        : this(LoadErrorCodes.Failed, message)
    {
    }

    public LoadException(string message, Exception inner)
        : this(LoadErrorCodes.Failed, message, inner)
    {
    }

    public string Code { get; }
}
