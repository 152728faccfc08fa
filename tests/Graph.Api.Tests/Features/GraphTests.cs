using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Features;

/// <summary>neighborhood(...) and paths(...): what an analyst draws.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphTests(ApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.Client();

    [Fact]
    public async Task A_depth_two_neighbourhood_is_ready_to_draw()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await _client.DataAsync(
            "query N($id: ID!) { neighborhood(id: $id, depth: 2, limit: 300) { center depth truncated nodes { id kind caption depth degree } edges { id type source target } } }",
            new { id = person.Id });

        var hood = data["neighborhood"]!;
        var nodes = Samples.Items(hood["nodes"]).ToList();
        var ids = nodes.Select(n => n["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(person.Id, hood["center"]!.GetValue<string>());
        Assert.Equal(0, nodes.Single(n => n["id"]!.GetValue<string>() == person.Id)["depth"]!.GetValue<int>());
        Assert.Contains(nodes, n => n["depth"]!.GetValue<int>() == 2);
        Assert.All(nodes, n => Assert.InRange(n["depth"]!.GetValue<int>(), 0, 2));
        Assert.Contains(nodes, n => n["kind"]!.GetValue<string>() == "phone");
        var edges = Samples.Items(hood["edges"]).ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.True(ids.Contains(e["source"]!.GetValue<string>()) && ids.Contains(e["target"]!.GetValue<string>())));
        Assert.Equal(edges.Count, edges.Select(e => e["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task A_neighbourhood_follows_only_the_asked_types()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await _client.DataAsync(
            "query N($id: ID!) { neighborhood(id: $id, depth: 1, relTypes: [\"HAS_PHONE\"]) { nodes { kind } edges { type } } }",
            new { id = person.Id });

        Assert.All(Samples.Items(data["neighborhood"]!["edges"]), e => Assert.Equal("HAS_PHONE", e["type"]!.GetValue<string>()));
        Assert.Contains(Samples.Items(data["neighborhood"]!["nodes"]), n => n["kind"]!.GetValue<string>() == "phone");
    }

    [Fact]
    public async Task A_neighbourhood_stops_at_its_limit()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await _client.DataAsync("query N($id: ID!) { neighborhood(id: $id, depth: 3, limit: 5) { truncated nodes { id } } }", new { id = person.Id });

        Assert.True(Samples.Items(data["neighborhood"]!["nodes"]).Count() <= 5);
        Assert.True(data["neighborhood"]!["truncated"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task A_depth_outside_one_to_three_is_refused(int depth)
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var response = await _client.PostAsync("query N($id: ID!, $d: Int) { neighborhood(id: $id, depth: $d) { truncated } }", new { id = person.Id, d = depth });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Paths_between_two_ring_members_start_and_end_at_them()
    {
        var ring = await Samples.RingAsync(fixture.Server);
        Assert.True(ring.Members.Count >= 2);

        var data = await _client.DataAsync(
            "query P($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, k: 3) { truncated shortest { length nodes { id } edges { type source target } } all { length } } }",
            new { a = ring.Members[0], b = ring.Members[1] });

        var shortest = Samples.Items(data["paths"]!["shortest"]).ToList();
        Assert.NotEmpty(shortest);
        Assert.True(shortest.Count <= 3);
        foreach (var path in shortest)
        {
            var nodes = Samples.Items(path["nodes"]).Select(n => n["id"]!.GetValue<string>()).ToList();
            Assert.Equal(ring.Members[0], nodes[0]);
            Assert.Equal(ring.Members[1], nodes[^1]);
            Assert.Equal(nodes.Count - 1, path["length"]!.GetValue<int>());
            Assert.Equal(nodes.Count, nodes.Distinct().Count());
        }

        var lengths = shortest.Select(p => p["length"]!.GetValue<int>()).ToList();
        Assert.Equal(lengths.Order(), lengths);
        Assert.All(Samples.Items(data["paths"]!["all"]), p => Assert.InRange(p["length"]!.GetValue<int>(), 1, 4));
        Assert.True(Samples.Items(data["paths"]!["all"]).Count() >= shortest.Count(p => p["length"]!.GetValue<int>() <= 4));
    }
}
