using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Security;

/// <summary>API keys and bearer tokens: who gets in, and with which roles.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthenticationTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_request_without_credentials_is_401_with_a_challenge()
    {
        var response = await fixture.Server.Client(apiKey: null).PostAsync("{ me { name } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains("ApiKey", string.Join(",", response.Headers.WwwAuthenticate), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_401()
    {
        var response = await fixture.Server.Client("not-a-key-anyone-was-given").PostAsync("{ me { name } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_signed_bearer_token_authenticates_with_its_role()
    {
        var client = fixture.Server.BearerClient(Tokens.Create("zhang.wei", "rule_author"));

        var data = await client.DataAsync("{ me { name roles seesIdentifiers } }");

        Assert.Equal("zhang.wei", data["me"]!["name"]!.GetValue<string>());
        Assert.Equal("rule_author", data["me"]!["roles"]![0]!.GetValue<string>());
        Assert.False(data["me"]!["seesIdentifiers"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var client = fixture.Server.BearerClient(Tokens.Create("mallory", "admin", signingKey: "another-signing-key-of-at-least-32-bytes"));

        var response = await client.PostAsync("{ me { name } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401()
    {
        var client = fixture.Server.BearerClient(Tokens.Create("mallory", "admin", audience: "someone-else"));

        var response = await client.PostAsync("{ me { name } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_token_with_no_known_role_is_403()
    {
        var client = fixture.Server.BearerClient(Tokens.Create("visitor", "guest"));

        var response = await client.PostAsync("{ me { name } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task Health_and_metrics_need_no_credentials()
    {
        using var client = fixture.Server.Client(apiKey: null);

        var health = await client.GetStringAsync("/health");
        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
        Assert.Contains("\"redis\":\"connected\"", health, StringComparison.Ordinal);
        Assert.Contains("graph_api_request_duration_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("graph_api_cache_hit_ratio", metrics, StringComparison.Ordinal);
    }
}
