using System.Globalization;
using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Caching;

/// <summary>The caches are bounded: no entry over Api:Cache:MaxEntryBytes, no more than MaxMemoryBytes in memory.</summary>
[Collection(ApiCollection.Name)]
public sealed class CacheLimitTests(ApiFixture fixture)
{
    private const string Neighbourhood = "query N($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id kind caption } edges { type source target } } }";

    [Fact]
    public async Task Answers_over_the_entry_limit_are_served_but_not_kept()
    {
        await using var server = await ApiServer.StartAsync(fixture.Store.StorePath, redis: null, new Dictionary<string, string?> { ["Api:Cache:MaxEntryBytes"] = "2048" }, runRulesAtStartup: false);
        var client = server.Client();
        var person = await Samples.PersonWithPhoneAsync(server);

        var first = await client.PostAsync(Neighbourhood, new { id = person.Id });
        var second = await client.PostAsync(Neighbourhood, new { id = person.Id });
        var small = await client.PostAsync("query M($id: ID!) { node(id: $id) { kind } }", new { id = person.Id });
        var smallAgain = await client.PostAsync("query M($id: ID!) { node(id: $id) { kind } }", new { id = person.Id });
        // A page of rings is a cached value too (not only a response): too large, it is still the answer.
        var rings = await client.DataAsync("{ rings(first: 20) { nodes { id evidence { text } } } }");

        Assert.True(first.Text.Length > 2048, $"the neighbourhood should be over the limit, it is {first.Text.Length} bytes");
        Assert.Equal(first.Text, second.Text);
        Assert.Equal("miss", Single(second, "X-Graph-Cache"));
        Assert.Equal("hit", Single(smallAgain, "X-Graph-Cache"));
        Assert.Equal(small.Text, smallAgain.Text);
        Assert.NotEmpty(rings["rings"]!["nodes"]!.AsArray());
        Assert.True(await MetricAsync(server, "graph_api_cache_too_large_total") >= 3);
    }

    [Fact]
    public async Task The_memory_level_holds_no_more_than_its_limit()
    {
        const long limit = 64 * 1024;
        await using var server = await ApiServer.StartAsync(
            fixture.Store.StorePath,
            redis: null,
            new Dictionary<string, string?> { ["Api:Cache:MaxEntryBytes"] = "32768", ["Api:Cache:MaxMemoryBytes"] = limit.ToString(CultureInfo.InvariantCulture) },
            runRulesAtStartup: false);
        var people = await server.Client(ApiServer.AdminKey).DataAsync("""{ cypher(query: "MATCH (p:Person)-[:PARTY_IN]->(:Case) RETURN DISTINCT p LIMIT 60") { rows } }""");
        var client = server.Client();

        var sent = 0L;
        foreach (var row in people["cypher"]!["rows"]!.AsArray())
        {
            var response = await client.PostAsync(Neighbourhood, new { id = row![0]!["id"]!.GetValue<string>() });
            sent += response.Text.Length;
        }

        var held = await MetricAsync(server, "graph_api_cache_memory_bytes");
        Assert.True(sent > 2 * limit, $"only {sent} bytes of answers: not enough to fill the cache");
        Assert.InRange(held, 1, limit);
        Assert.True(await MetricAsync(server, "graph_api_cache_memory_entries") > 0);
    }

    [Fact]
    public void Limits_that_cannot_work_stop_the_start()
    {
        var problems = ApiOptionsValidator.Problems(new ApiOptions
        {
            Store = RepositoryPaths.Root,
            Keys = [new ApiKeyOptions { Name = "x", Key = "a-long-enough-key-123", Roles = ["admin"] }],
            Cache = new CacheOptions { MaxEntryBytes = 100, MaxMemoryBytes = 50, MinutesInMemory = 0 },
        });

        Assert.Contains(problems, p => p.Contains("MaxEntryBytes must be at least 1024", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MaxMemoryBytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MinutesInMemory", StringComparison.Ordinal));
    }

    private static string Single(GraphQLResponse response, string header) => response.Headers.GetValues(header).Single();

    private static async Task<double> MetricAsync(ApiServer server, string name)
    {
        var text = await server.Client(null).GetStringAsync("/metrics");
        var line = text.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return double.Parse(line[(name.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
