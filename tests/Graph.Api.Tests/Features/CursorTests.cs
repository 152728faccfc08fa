using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Store;
using Graph.Api.Tests.Support;
using Graph.Storage.Values;

namespace Graph.Api.Tests.Features;

/// <summary>
/// Cursors are keyset positions, not offsets: a client that pages through rings, rule hits or search results while a
/// load lands sees every item that was there exactly once. And a cursor only works on the connection that gave it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CursorTests(ApiFixture fixture)
{
    private const string RingsQuery = "query R($a: String, $n: Int) { rings(first: $n, after: $a) { pageInfo { hasNextPage endCursor } nodes { id score } } }";
    private const string HitsQuery = "query H($a: String, $n: Int) { ruleHits(first: $n, after: $a) { pageInfo { hasNextPage endCursor } nodes { id weight } } }";
    private const string SearchQuery = "query S($t: String!, $a: String, $n: Int) { search(text: $t, first: $n, after: $a) { pageInfo { hasNextPage endCursor } nodes { id score } } }";

    [Fact]
    public async Task Paging_across_a_load_that_inserts_items_before_the_cursor_neither_repeats_nor_skips()
    {
        // Forty rings (and hits) before the load; the load adds better ones, ties on both sides of the cursor and a
        // weaker one, and rescores nothing that was there.
        var before = Enumerable.Range(0, 40).Select(i => (Score: Math.Round(0.9 - (i * 0.01), 2), Id: $"b{i:D2}")).ToList();
        var cursorItem = before[9];
        var after = before
            .Concat(Enumerable.Range(0, 5).Select(i => (Score: 0.95 + (i * 0.001), Id: $"top{i}")))
            .Append((Score: cursorItem.Score, Id: "a-tie"))
            .Append((Score: cursorItem.Score, Id: "c-tie"))
            .Append((Score: 0.05, Id: "weak"))
            .ToList();
        var runner = new ScriptedAnalysisRunner(before, after);
        var copy = StoreFolder.Copy(fixture.Store);
        await using var server = await ApiServer.StartAsync(copy, redis: null, analysis: runner);
        var client = server.Client();
        var person = await Samples.PersonWithPhoneAsync(server);
        var surname = person.Name[..1];

        var rings = await client.DataAsync(RingsQuery, new { n = 10 });
        var hits = await client.DataAsync(HitsQuery, new { n = 10 });
        var found = await client.DataAsync(SearchQuery, new { t = surname, n = 5 });
        var ringPage = Ids(rings["rings"]!);
        var hitPage = Ids(hits["ruleHits"]!);
        var searchPage = Ids(found["search"]!);

        var source = server.Get<StoreGraphSource>();
        var loadedBefore = source.Current.Version;
        StoreFolder.Write(copy, batch =>
        {
            // Namesakes that rank first (the exact name) and keys that sort before everything.
            for (var i = 0; i < 3; i++)
            {
                batch.UpsertNode($"Person:000-CURSOR-{i}", ["Person", "Entity"], [new("name", PropertyValue.From(surname))]);
            }
        });
        source.Check();
        source.Check();
        Assert.True(source.Current.Version > loadedBefore, "the load was not picked up");
        await WaitForAnalysisAsync(server, source.Current.Version);

        var restOfRings = await FollowAsync(client, RingsQuery, "rings", EndCursor(rings["rings"]!), new { });
        var restOfHits = await FollowAsync(client, HitsQuery, "ruleHits", EndCursor(hits["ruleHits"]!), new { });
        var restOfSearch = await FollowAsync(client, SearchQuery, "search", EndCursor(found["search"]!), new { t = surname });

        var expectedRings = after.Where(r => r.Score < cursorItem.Score || (r.Score == cursorItem.Score && string.CompareOrdinal(r.Id, cursorItem.Id) > 0))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(before.Take(10).Select(r => "RING-" + r.Id), ringPage);
        Assert.Equal(expectedRings.Select(r => "RING-" + r.Id), restOfRings);
        Assert.Equal(expectedRings.Select(r => "h_" + r.Id), restOfHits);
        Assert.Equal(before.Take(10).Select(r => "h_" + r.Id), hitPage);
        Assert.Contains("RING-c-tie", restOfRings);
        Assert.DoesNotContain("RING-a-tie", restOfRings);

        // Search, on real data: what follows the cursor is exactly what follows its item in the new list.
        var newList = await FollowAsync(client, SearchQuery, "search", null, new { t = surname });
        var lastSeen = newList.IndexOf(searchPage[^1]);
        Assert.True(lastSeen >= 3, "the namesakes added by the load should rank before the cursor");
        Assert.Equal(newList.Skip(lastSeen + 1), restOfSearch);
        Assert.Empty(searchPage.Intersect(restOfSearch));
    }

    [Theory]
    [InlineData("ruleHits(first: 2, after: $a) { totalCount }")]
    [InlineData("search(text: \"王\", first: 2, after: $a) { totalCount }")]
    [InlineData("rings(first: 2, after: $a, minScore: 0.1) { totalCount }")]
    public async Task A_cursor_of_another_connection_or_a_forged_one_is_a_validation_error(string field)
    {
        var rings = await fixture.Server.Client().DataAsync("{ rings(first: 1) { pageInfo { endCursor } } }");
        var ringCursor = EndCursor(rings["rings"]!)!;
        var search = await fixture.Server.Client().DataAsync("{ search(text: \"王\", first: 1) { pageInfo { endCursor } } }");
        var foreign = field.StartsWith("rings", StringComparison.Ordinal) ? EndCursor(search["search"]!)! : ringCursor;
        var query = $"query Q($a: String) {{ {field} }}";

        foreach (var cursor in new[] { foreign, "c_Zm9yZ2Vk", ringCursor[..^4], "1|r|0.5|RING-X" })
        {
            var response = await fixture.Server.Client().PostAsync(query, new { a = cursor });

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
            Assert.Equal("BAD_CURSOR", response.FirstErrorCode);
            Assert.NotNull(response.Json!["errors"]![0]!["locations"]);
            Assert.Null(response.Json["data"]);
        }
    }

    [Fact]
    public async Task Audit_log_cursors_continue_strictly_after_the_last_entry_seen()
    {
        var admin = fixture.Server.Client(ApiServer.AdminKey);
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        for (var i = 0; i < 3; i++)
        {
            await fixture.Server.Client().DataAsync("query E($id: ID!) { entity(id: $id) { id } }", new { id = person.Id });
        }

        const string query = "query A($a: String) { auditLog(first: 2, after: $a, principal: \"ivy\") { pageInfo { endCursor hasPreviousPage } nodes { at action } } }";
        var first = await admin.DataAsync(query);
        var cursor = EndCursor(first["auditLog"]!);
        var second = await admin.DataAsync(query, new { a = cursor });
        // New views land before the cursor (newest first); the page after the cursor does not move.
        await fixture.Server.Client().DataAsync("query E($id: ID!) { entity(id: $id) { id } }", new { id = person.Id });
        var again = await admin.DataAsync(query, new { a = cursor });

        Assert.Equal(2, first["auditLog"]!["nodes"]!.AsArray().Count);
        Assert.True(second["auditLog"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(second.ToJsonString(), again.ToJsonString());
        var ring = await admin.PostAsync("query A($a: String) { auditLog(after: $a) { totalCount } }", new { a = EndCursor((await fixture.Server.Client().DataAsync("{ rings(first: 1) { pageInfo { endCursor } } }"))["rings"]!) });
        Assert.Equal("BAD_CURSOR", ring.FirstErrorCode);
    }

    private static List<string> Ids(JsonNode connection) => Samples.Items(connection["nodes"]).Select(n => n["id"]!.GetValue<string>()).ToList();

    private static string? EndCursor(JsonNode connection) => connection["pageInfo"]!["endCursor"]?.GetValue<string>();

    /// <summary>Every item after a cursor (from the start when null), page by page.</summary>
    private static async Task<List<string>> FollowAsync(HttpClient client, string query, string field, string? cursor, object variables)
    {
        var ids = new List<string>();
        var values = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables))!.AsObject();
        values["n"] = 7;
        while (true)
        {
            values["a"] = cursor;
            var data = await client.DataAsync(query, values);
            var connection = data[field]!;
            ids.AddRange(Ids(connection));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return ids;
            }

            cursor = EndCursor(connection);
        }
    }

    private static async Task WaitForAnalysisAsync(ApiServer server, long version)
    {
        using var client = server.Client(null);
        for (var i = 0; i < 600; i++)
        {
            var health = JsonNode.Parse(await client.GetStringAsync("/health"))!;
            if (health["analysisVersion"]?.GetValue<long>() == version)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no analysis of version {version} within a minute");
    }
}
