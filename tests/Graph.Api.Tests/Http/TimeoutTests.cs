using System.Globalization;
using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>A request that runs past Api:Limits:RequestTimeoutSeconds is stopped, answered 504 TIMEOUT, and counted.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimeoutTests(ApiFixture fixture)
{
    // Every triple of nodes: far more work than half a second allows, and the engine checks its token as it goes.
    private const string Endless = "{ cypher(query: \"MATCH (a), (b), (c) RETURN count(*) AS n\") { rows } }";

    [Fact]
    public async Task A_query_past_the_request_timeout_is_stopped_answered_504_and_counted()
    {
        await using var server = await ApiServer.StartAsync(
            fixture.Store.StorePath,
            redis: null,
            new Dictionary<string, string?> { ["Api:Limits:RequestTimeoutSeconds"] = "0.5", ["Api:Limits:CypherTimeoutSeconds"] = "120" },
            runRulesAtStartup: false);
        var client = server.Client(ApiServer.RuleAuthorKey);
        var before = await TimeoutsAsync(server);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.PostAsync(Endless);
        var elapsed = clock.Elapsed;
        var asJson = await client.PostAsync(Endless, accept: "application/json");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.Null(response.Json!["data"]);
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"took {elapsed}: the query was not stopped at the timeout");
        Assert.Equal(HttpStatusCode.OK, asJson.Status);
        Assert.Equal("TIMEOUT", asJson.FirstErrorCode);
        Assert.Equal(before + 2, await TimeoutsAsync(server));

        // The service is not left busy: the next request is answered normally.
        var next = await client.PostAsync("{ me { name } }");
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Fact]
    public async Task A_cypher_query_past_its_own_limit_is_a_field_error_not_a_request_timeout()
    {
        await using var server = await ApiServer.StartAsync(
            fixture.Store.StorePath,
            redis: null,
            new Dictionary<string, string?> { ["Api:Limits:RequestTimeoutSeconds"] = "60", ["Api:Limits:CypherTimeoutSeconds"] = "0.3" },
            runRulesAtStartup: false);
        var before = await TimeoutsAsync(server);

        var response = await server.Client(ApiServer.RuleAuthorKey).PostAsync(Endless);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEqual("TIMEOUT", response.FirstErrorCode);
        Assert.Contains("time limit", response.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await TimeoutsAsync(server));
    }

    private static async Task<long> TimeoutsAsync(ApiServer server)
    {
        var text = await server.Client(null).GetStringAsync("/metrics");
        var line = text.Split('\n').Single(l => l.StartsWith("graph_api_timeouts_total ", StringComparison.Ordinal));
        return long.Parse(line["graph_api_timeouts_total ".Length..], CultureInfo.InvariantCulture);
    }
}
