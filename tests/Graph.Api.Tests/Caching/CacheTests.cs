using Graph.Api.Store;
using Graph.Api.Tests.Support;
using Graph.Storage.Values;
using StackExchange.Redis;

namespace Graph.Api.Tests.Caching;

/// <summary>HybridCache with the real Redis as second level: shared across instances, keyed by graph version.</summary>
[Collection(ApiCollection.Name)]
public sealed class CacheTests(ApiFixture fixture)
{
    [Fact]
    public async Task Answers_are_written_to_Redis_under_keys_that_carry_the_graph_version()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        await fixture.Server.Client().DataAsync("query N($id: ID!) { neighborhood(id: $id, depth: 2) { truncated } }", new { id = person.Id });
        await fixture.Server.Client().DataAsync("{ rings(first: 3) { totalCount } }");

        using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Redis.Configuration);
        var keys = redis.GetServer(fixture.Redis.Configuration).Keys(pattern: "*").Select(k => k.ToString()).ToList();
        var version = fixture.Server.Get<IGraphSource>().Current.CacheTag;
        Assert.Contains(keys, k => k.Contains(":rings:", StringComparison.Ordinal) && k.Contains(version, StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains("analysis:", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("graph:", StringComparison.Ordinal) && k.Contains($"{version}:nbh:", StringComparison.Ordinal));
        // Whole responses, keyed by query text that differs from client to client, stay in memory.
        Assert.DoesNotContain(keys, k => k.Contains("resp:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neighbourhoods_stay_out_of_Redis_when_configured_to()
    {
        await using var server = await ApiServer.StartAsync(
            fixture.Store.StorePath,
            fixture.Redis.Configuration,
            new Dictionary<string, string?> { ["Api:CacheNamespace"] = "local-nbh", ["Api:Cache:NeighbourhoodsInRedis"] = "false" },
            runRulesAtStartup: false);
        var person = await Samples.PersonWithPhoneAsync(server);

        await server.Client().DataAsync("query N($id: ID!) { neighborhood(id: $id, depth: 2) { truncated } }", new { id = person.Id });
        await server.Client().DataAsync("{ rings(first: 3) { totalCount } }");

        using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Redis.Configuration);
        var keys = redis.GetServer(fixture.Redis.Configuration).Keys(pattern: "local-nbh:*").Select(k => k.ToString()).ToList();
        Assert.Contains(keys, k => k.Contains(":rings:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains($"{server.Get<IGraphSource>().Current.CacheTag}:nbh:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_instance_takes_the_analysis_from_Redis_and_honours_the_first_ones_cursors()
    {
        var first = await fixture.Server.Client().DataAsync("{ rings(first: 2) { pageInfo { endCursor } nodes { id } } }");
        await using var second = await ApiServer.StartAsync(fixture.Store.StorePath, fixture.Redis.Configuration, runRulesAtStartup: false);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var page = await second.Client().DataAsync(
            "query R($a: String) { rings(first: 2, after: $a) { nodes { id } } }",
            new { a = first["rings"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var reference = await fixture.Server.Client().DataAsync(
            "query R($a: String) { rings(first: 2, after: $a) { nodes { id } } }",
            new { a = first["rings"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });

        Assert.Equal(reference["rings"]!.ToJsonString(), page["rings"]!.ToJsonString());
        var metrics = await second.Client(null).GetStringAsync("/metrics");
        var redisHits = metrics.Split('\n').Single(l => l.StartsWith("graph_api_redis_lookups_total{result=\"hit\"}", StringComparison.Ordinal));
        Assert.NotEqual("0", redisHits.Split(' ')[^1]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}: the analysis should have come from Redis, not a rule run");
    }

    [Fact]
    public async Task A_finished_load_moves_the_service_to_the_new_version_and_its_cache_keys()
    {
        var copy = StoreFolder.Copy(fixture.Store);
        await using var server = await ApiServer.StartAsync(copy, fixture.Redis.Configuration, runRulesAtStartup: false);
        var source = server.Get<StoreGraphSource>();
        var before = source.Current;

        StoreFolder.Write(copy, batch => batch.UpsertNode("Person:TEST-NEW-PERSON", ["Person", "Entity"], [new("name", PropertyValue.From("新来的人"))]));

        source.Check();
        source.Check();

        Assert.True(source.Current.Version > before.Version);
        Assert.NotEqual(before.CacheTag, source.Current.CacheTag);
        var data = await server.Client().DataAsync("{ search(text: \"新来的人\") { totalCount } stats { storeVersion } }");
        Assert.Equal(1, data["search"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(source.Current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), data["stats"]!["storeVersion"]!.GetValue<string>());
    }
}
