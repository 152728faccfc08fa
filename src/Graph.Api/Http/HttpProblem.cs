namespace Graph.Api.Http;

/// <summary>A request refused before GraphQL execution: the HTTP status, an error code and a message for the client.</summary>
public sealed record HttpProblem(int Status, string Code, string Message);
