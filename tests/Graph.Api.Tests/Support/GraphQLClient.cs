using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Support;

/// <summary>Sends GraphQL requests the way a client does and reads status, media type and body.</summary>
public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostAsync(this HttpClient client, string query, object? variables = null, string? accept = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await SendGraphQLAsync(client, request).ConfigureAwait(false);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        JsonNode? json = null;
        try
        {
            json = text.Length > 0 ? JsonNode.Parse(text) : null;
        }
        catch (JsonException)
        {
            // Left null: the test looks at Text.
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType, response.Headers, [.. response.Content.Headers.Allow], text, json);
    }

    /// <summary>The data of a successful response; fails the test with the errors otherwise.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsync(query, variables).ConfigureAwait(false);
        Assert.True(response.Status == HttpStatusCode.OK && response.Json?["errors"] is null, $"{(int)response.Status}: {response.Text}");
        return response.Json!["data"]!;
    }
}
