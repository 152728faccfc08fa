using GraphQL;

namespace Graph.Api.Schema;

/// <summary>An error a resolver reports on purpose, with a stable code for clients (extensions.code).</summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public ApiError(string message)
        : this("BAD_USER_INPUT", message)
    {
    }

    public ApiError()
        : this("BAD_USER_INPUT", "Bad input.")
    {
    }

    public ApiError(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "INTERNAL";
    }

    /// <summary>Extra members of the error's extensions (a Cypher error's line and column, for instance).</summary>
    public Dictionary<string, object?> Extra { get; } = new(StringComparer.Ordinal);

    public static ApiError NotFound(string what) => new("NOT_FOUND", what);

    public static ApiError BadInput(string message) => new("BAD_USER_INPUT", message);
}
