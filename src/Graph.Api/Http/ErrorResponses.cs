using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Graph.Api.Http;

/// <summary>Writes a refusal as a GraphQL response body ({"errors":[{message, extensions:{code}}]}) with its status.</summary>
public static class ErrorResponses
{
    public static async Task WriteAsync(HttpContext context, HttpProblem problem, string mediaType)
    {
        context.Response.StatusCode = problem.Status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("message", problem.Message);
        json.WriteStartObject("extensions");
        json.WriteString("code", problem.Code);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
