using GraphQL;

namespace Graph.Api.Http;

/// <summary>A well-formed GraphQL-over-HTTP request: the document text, the operation to run and its variables.</summary>
/// <param name="VariablesJson">The variables as sent (JSON text, empty when none): part of the response cache key.</param>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, string VariablesJson);
