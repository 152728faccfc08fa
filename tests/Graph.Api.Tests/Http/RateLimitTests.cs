using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>The per-key rate limit: a token bucket per principal, 429 beyond it, other keys unaffected.</summary>
[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_key_over_its_rate_gets_429_while_another_key_still_gets_through()
    {
        await using var server = await ApiServer.StartAsync(
            fixture.Store.StorePath,
            redis: null,
            new Dictionary<string, string?> { ["Api:RateLimit:PermitsPerSecond"] = "1", ["Api:RateLimit:Burst"] = "3" },
            runRulesAtStartup: false);
        var busy = server.Client(ApiServer.InvestigatorKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await busy.PostAsync("{ me { name } }")).Status);
        }

        var other = await server.Client(ApiServer.AdminKey).PostAsync("{ me { name } }");
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Contains("graph_api_rate_limited_total", await server.Client(null).GetStringAsync("/metrics"), StringComparison.Ordinal);
    }
}
