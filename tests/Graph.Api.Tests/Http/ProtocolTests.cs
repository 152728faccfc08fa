using System.Net;
using System.Text;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>GraphQL over HTTP as its spec says: methods, media types, statuses, CSRF protection, limits.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProtocolTests(ApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.Client();

    [Fact]
    public async Task A_POSTed_query_answers_200_in_graphql_response_json()
    {
        var response = await _client.PostAsync("{ me { name roles seesIdentifiers } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("ivy", response.Json!["data"]!["me"]!["name"]!.GetValue<string>());
        Assert.True(response.Json["data"]!["me"]!["seesIdentifiers"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_client_that_accepts_only_application_json_gets_it()
    {
        var response = await _client.PostAsync("{ me { name } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task An_unacceptable_media_type_is_406()
    {
        var response = await _client.PostAsync("{ me { name } }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task A_GET_query_with_the_preflight_header_runs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query R($n: Int) { me { name } rings(first: $n) { totalCount } }") + "&variables=" + Uri.EscapeDataString("{\"n\":1}"));
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ivy", response.Json!["data"]!["me"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_GET_without_a_CSRF_proof_header_is_refused()
    {
        var response = await _client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { name } }")));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("CSRF_PROTECTION", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { runRules { hits } }"));
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Allow);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await _client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task A_form_or_text_POST_is_415()
    {
        var response = await _client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ me { name } }\"}", Encoding.UTF8, "text/plain") });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ me { name } }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ me { name } }\", \"operationName\": 7}")]
    public async Task A_malformed_request_is_400(string body)
    {
        var response = await _client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_400_with_its_location()
    {
        var response = await _client.PostAsync("{ me { name }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
        Assert.NotNull(response.Json!["errors"]![0]!["locations"]);
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task An_unknown_field_is_422_with_its_location()
    {
        var response = await _client.PostAsync("{ me { nope } }");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(1, response.Json!["errors"]![0]!["locations"]![0]!["line"]!.GetValue<int>());
        Assert.NotNull(response.FirstErrorCode);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_422()
    {
        var response = await _client.PostAsync("query Q($n: Int!) { rings(first: $n) { totalCount } }", new { n = "twenty" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
    }

    [Fact]
    public async Task Validation_errors_are_200_for_application_json_clients()
    {
        var response = await _client.PostAsync("{ me { nope } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotNull(response.Json!["errors"]);
    }

    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_422()
    {
        // 16 levels: over the limit of 12, yet cheap (single objects and one-item lists), so depth is what refuses it.
        var deep = "{ record(kind: CASE, key: \"x\") { parties { entity { records(first: 1) { record { parties { entity { records(first: 1) { record { parties { entity { records(first: 1) { record { parties { entity { name } } } } } } } } } } } } } } } }";

        var response = await _client.PostAsync(deep);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Contains("too nested", response.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_above_the_complexity_limit_is_422()
    {
        var wide = "{ rings(first: 200) { nodes { members { entity { records(first: 1000) { record { parties { entity { name } } } } } } } } }";

        var response = await _client.PostAsync(wide);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Contains("complexity", response.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var huge = "{ me { name } }" + new string(' ', 70_000);

        var response = await _client.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task Errors_never_carry_a_stack_trace()
    {
        var responses = new[]
        {
            await _client.PostAsync("{ entity(id: \"n_not-an-id\") { name } }"),
            await _client.PostAsync("{ neighborhood(id: \"x\", depth: 9) { truncated } }"),
            await _client.PostAsync("{ me { nope } }"),
        };

        foreach (var response in responses)
        {
            Assert.NotNull(response.Json!["errors"]);
            Assert.DoesNotContain(" at Graph.", response.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", response.Text, StringComparison.Ordinal);
        }
    }
}
