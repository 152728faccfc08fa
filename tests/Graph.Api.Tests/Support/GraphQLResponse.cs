using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Support;

/// <summary>An HTTP response to a GraphQL request.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, MediaTypeHeaderValue? ContentType, HttpResponseHeaders Headers, IReadOnlyList<string> Allow, string Text, JsonNode? Json)
{
    public string? FirstErrorCode => Json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string? MediaType => ContentType?.MediaType;
}
