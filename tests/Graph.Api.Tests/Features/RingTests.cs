using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Features;

/// <summary>rings (a Relay connection), ring(id) with its story, and triage decisions with their history.</summary>
[Collection(ApiCollection.Name)]
public sealed class RingTests(ApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.Client();

    [Fact]
    public async Task Rings_come_best_first_in_pages_that_follow_each_other()
    {
        const string query = "query R($after: String) { rings(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score } } } }";
        var first = await _client.DataAsync(query);
        var second = await _client.DataAsync(query, new { after = first["rings"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });

        var all = Samples.Items(first["rings"]!["edges"]).Concat(Samples.Items(second["rings"]!["edges"])).Select(e => e["node"]!).ToList();
        Assert.True(first["rings"]!["totalCount"]!.GetValue<int>() >= 3, "the test store should hold a few planted rings");
        Assert.Equal(all.Count, all.Select(r => r["id"]!.GetValue<string>()).Distinct().Count());
        var scores = all.Select(r => r["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.DoesNotContain("r|", first["rings"]!["pageInfo"]!["endCursor"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_cursor_is_refused()
    {
        var response = await _client.PostAsync("{ rings(first: 2, after: \"c_Zm9yZ2Vk\") { totalCount } }");

        Assert.Equal("BAD_CURSOR", response.FirstErrorCode);
    }

    [Fact]
    public async Task Twenty_rings_with_their_members_cost_one_batch_of_entity_reads()
    {
        var response = await _client.PostAsync("{ rings(first: 20) { nodes { id triage { status } members { name entity { id name identifiers { kind } } } } } }");

        Assert.True(response.Json!["errors"] is null, response.Text);
        var members = response.Json["data"]!["rings"]!["nodes"]!.AsArray().Sum(r => r!["members"]!.AsArray().Count);
        Assert.True(members > 5, $"only {members} members");
        var batches = int.Parse(response.Headers.GetValues("X-Graph-Batches").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(batches, 1, 2);
    }

    [Fact]
    public async Task A_ring_tells_its_story()
    {
        var ring = await Samples.RingAsync(fixture.Server);

        var data = await _client.DataAsync(
            """
            query R($id: ID!) { ring(id: $id) {
              id score models amount
              members { id kind name hits entity { name } }
              records { kind number date amount record { number } }
              evidence { rule model weight text records }
              timeline { date kind number text }
              breakdown { rules signals models evidence money }
              subgraph { nodes { id kind } edges { type source target } }
              triage { status revision history { status } }
            } }
            """,
            new { id = ring.RingId });

        var detail = data["ring"]!;
        Assert.Equal(ring.RingId, detail["id"]!.GetValue<string>());
        Assert.NotEmpty(Samples.Items(detail["evidence"]));
        Assert.NotEmpty(Samples.Items(detail["records"]));
        Assert.All(Samples.Items(detail["members"]), m => Assert.NotNull(m["entity"]));
        var subgraphIds = Samples.Items(detail["subgraph"]!["nodes"]).Select(n => n["id"]!.GetValue<string>()).ToHashSet();
        Assert.All(ring.Members, m => Assert.Contains(m, subgraphIds));
        Assert.NotEmpty(Samples.Items(detail["subgraph"]!["edges"]));
        var dates = Samples.Items(detail["timeline"]).Select(t => t["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Triage_decisions_are_kept_with_their_history()
    {
        var ring = await Samples.RingAsync(fixture.Server);
        const string mutation = "mutation S($id: ID!, $s: RingStatus!, $n: String) { setRingStatus(ringId: $id, status: $s, note: $n) { status note updatedBy revision history { status note by } } }";

        var investigator = fixture.Server.Client(ApiServer.InvestigatorKey);
        var first = await investigator.DataAsync(mutation, new { id = ring.RingId, s = "CONFIRMED", n = "same phone on both sides, mediated in 3 days" });
        var second = await fixture.Server.Client(ApiServer.AdminKey).DataAsync(mutation, new { id = ring.RingId, s = "DISMISSED", n = "family dispute, checked with the court" });

        Assert.Equal("CONFIRMED", first["setRingStatus"]!["status"]!.GetValue<string>());
        var triage = second["setRingStatus"]!;
        Assert.Equal("DISMISSED", triage["status"]!.GetValue<string>());
        Assert.Equal("ada", triage["updatedBy"]!.GetValue<string>());
        var history = Samples.Items(triage["history"]).ToList();
        Assert.True(history.Count >= 2);
        Assert.Equal(["CONFIRMED", "DISMISSED"], history.TakeLast(2).Select(h => h["status"]!.GetValue<string>()));
        Assert.Equal("ivy", history[^2]["by"]!.GetValue<string>());

        var listed = await investigator.DataAsync("{ rings(first: 50, status: DISMISSED) { nodes { id triage { status } } } }");
        Assert.Contains(Samples.Items(listed["rings"]!["nodes"]), r => r["id"]!.GetValue<string>() == ring.RingId);
    }

    [Fact]
    public async Task Triage_of_an_unknown_ring_is_not_found()
    {
        var response = await _client.PostAsync("mutation { setRingStatus(ringId: \"RING-NOPE\", status: CONFIRMED) { status } }");

        Assert.Equal("NOT_FOUND", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_status_outside_the_enum_is_422()
    {
        var ring = await Samples.RingAsync(fixture.Server);

        var response = await _client.PostAsync("mutation S($id: ID!) { setRingStatus(ringId: $id, status: MAYBE) { status } }", new { id = ring.RingId });

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.Status);
    }
}
