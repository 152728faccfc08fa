using GraphQL;

namespace Graph.Api.Http;

/// <summary>A well-formed GraphQL-over-HTTP request: the document text, the operation to run and its variables.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables);
