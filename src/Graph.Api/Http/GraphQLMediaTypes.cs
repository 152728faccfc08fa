using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>
/// Response media type negotiation of GraphQL over HTTP: application/graphql-response+json unless the client asks
/// for application/json only (legacy clients), in which case statuses follow that media type's rules (200 for any
/// well-formed request).
/// </summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer in, or null when the Accept header allows neither (406).</summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return GraphQLResponse;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types))
        {
            return GraphQLResponse;
        }

        double Quality(string mediaType) => types
            .Where(t => t.Quality is null or > 0 && (t.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
                || t.MediaType.Equals("*/*", StringComparison.Ordinal)
                || t.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)))
            .Select(t => (t.Quality ?? 1.0) - (t.MediaType.Value!.Contains('*', StringComparison.Ordinal) ? 0.0001 : 0))
            .DefaultIfEmpty(0)
            .Max();

        var graphql = Quality(GraphQLResponse);
        var json = Quality(Json);
        if (graphql <= 0 && json <= 0)
        {
            return null;
        }

        return graphql >= json ? GraphQLResponse : Json;
    }
}
