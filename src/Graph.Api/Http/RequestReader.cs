using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: POST with an application/json body {query, operationName, variables,
/// extensions}, or GET with the same as URL parameters (variables as JSON text). Refuses, with the status the spec
/// asks for: bodies over the limit (413), other content types (415), GET without a CSRF-proof header (400), and
/// anything that is not a well-formed request (400).
/// </summary>
public sealed class RequestReader(IGraphQLTextSerializer serializer, int maxBytes)
{
    /// <summary>Headers a browser will not send cross-site without a CORS preflight, any one of which makes a GET safe.</summary>
    public static readonly IReadOnlyList<string> PreflightHeaders = ["GraphQL-Require-Preflight", "X-Apollo-Operation-Name", "X-Requested-With"];

    private static readonly string[] SimpleContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public async Task<(GraphQLHttpRequest? Request, HttpProblem? Problem)> ReadAsync(HttpRequest http, CancellationToken cancellation)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadGet(http);
        }

        if (!IsJson(http.ContentType))
        {
            return (null, new HttpProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST requests must have Content-Type: application/json."));
        }

        if (http.ContentLength > maxBytes)
        {
            return (null, TooLarge());
        }

        var body = await ReadBodyAsync(http.Body, cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return (null, TooLarge());
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Malformed("The body must be a JSON object."));
            }

            var root = document.RootElement;
            if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(query.GetString()))
            {
                return (null, Malformed("The body has no query string."));
            }

            string? operationName = null;
            if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
            {
                if (name.ValueKind != JsonValueKind.String)
                {
                    return (null, Malformed("operationName must be a string."));
                }

                operationName = name.GetString();
            }

            Inputs? variables = null;
            var variablesJson = "";
            if (root.TryGetProperty("variables", out var vars) && vars.ValueKind != JsonValueKind.Null)
            {
                if (vars.ValueKind != JsonValueKind.Object)
                {
                    return (null, Malformed("variables must be a JSON object."));
                }

                variablesJson = vars.GetRawText();
                variables = serializer.Deserialize<Inputs>(variablesJson);
            }

            if (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return (null, Malformed("extensions must be a JSON object."));
            }

            return (new GraphQLHttpRequest(query.GetString()!, operationName, variables, variablesJson), null);
        }
        catch (JsonException)
        {
            return (null, Malformed("The body is not valid JSON."));
        }
    }

    private (GraphQLHttpRequest?, HttpProblem?) ReadGet(HttpRequest http)
    {
        if (!PassesCsrfCheck(http))
        {
            return (null, new HttpProblem(StatusCodes.Status400BadRequest, "CSRF_PROTECTION",
                "GET requests must carry a GraphQL-Require-Preflight header (any value) so that a browser cannot send them cross-site."));
        }

        var query = http.Query["query"].ToString();
        if (Encoding.UTF8.GetByteCount(query) > maxBytes)
        {
            return (null, TooLarge());
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, Malformed("The query parameter is missing."));
        }

        Inputs? variables = null;
        var variablesText = http.Query["variables"].ToString();
        if (!string.IsNullOrEmpty(variablesText))
        {
            try
            {
                using var parsed = JsonDocument.Parse(variablesText);
                if (parsed.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, Malformed("variables must be a JSON object."));
                }

                variables = serializer.Deserialize<Inputs>(variablesText);
            }
            catch (JsonException)
            {
                return (null, Malformed("variables is not valid JSON."));
            }
        }

        var operationName = http.Query["operationName"].ToString();
        return (new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, variablesText), null);
    }

    public static bool PassesCsrfCheck(HttpRequest http)
    {
        if (PreflightHeaders.Any(h => !string.IsNullOrEmpty(http.Headers[h])))
        {
            return true;
        }

        // A content type a plain HTML form cannot send also forces a preflight.
        return MediaTypeHeaderValue.TryParse(http.ContentType, out var type)
            && !SimpleContentTypes.Any(simple => type.MediaType.Equals(simple, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private HttpProblem TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request is larger than {maxBytes} bytes.");

    private static HttpProblem Malformed(string message) => new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);
}
