using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Features;

/// <summary>rules, ruleHits, runRules, cypher and stats: what rule authors work with.</summary>
[Collection(ApiCollection.Name)]
public sealed class RuleTests(ApiFixture fixture)
{
    private readonly HttpClient _author = fixture.Server.Client(ApiServer.RuleAuthorKey);

    [Fact]
    public async Task The_catalog_lists_every_rule_with_its_last_run()
    {
        var data = await _author.DataAsync("{ rules { id title model severity signals parameters { name default } query lastRun { hits milliseconds errorCode } } }");

        var rules = Samples.Items(data["rules"]).ToList();
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Rules, "*.cypher").Length, rules.Count);
        Assert.All(rules, r => Assert.NotNull(r["lastRun"]));
    }

    [Fact]
    public async Task Hits_of_one_rule_page_strongest_first()
    {
        var rules = await _author.DataAsync("{ rules { id lastRun { hits } } }");
        var busiest = Samples.Items(rules["rules"]).OrderByDescending(r => r["lastRun"]!["hits"]!.GetValue<int>()).First();
        var ruleId = busiest["id"]!.GetValue<string>();
        const string query = "query H($r: String, $a: String) { ruleHits(ruleId: $r, first: 2, after: $a) { totalCount pageInfo { endCursor hasNextPage } nodes { id ruleId weight text entities { name entity { id } } records { kind number } } } }";

        var first = await _author.DataAsync(query, new { r = ruleId });
        var nodes = Samples.Items(first["ruleHits"]!["nodes"]).ToList();

        Assert.Equal(busiest["lastRun"]!["hits"]!.GetValue<int>(), first["ruleHits"]!["totalCount"]!.GetValue<int>());
        Assert.All(nodes, n => Assert.Equal(ruleId, n["ruleId"]!.GetValue<string>()));
        if (first["ruleHits"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
        {
            var second = await _author.DataAsync(query, new { r = ruleId, a = first["ruleHits"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
            var next = Samples.Items(second["ruleHits"]!["nodes"]).ToList();
            Assert.Empty(nodes.Select(n => n["id"]!.GetValue<string>()).Intersect(next.Select(n => n["id"]!.GetValue<string>())));
            Assert.True(nodes[^1]["weight"]!.GetValue<double>() >= next[0]["weight"]!.GetValue<double>());
        }
    }

    [Fact]
    public async Task A_rule_author_reruns_rules()
    {
        var data = await _author.DataAsync("mutation { runRules(ruleIds: [\"PL-001\"]) { hits rings outcomes { ruleId hits errorCode } } }");

        Assert.Contains(Samples.Items(data["runRules"]!["outcomes"]), o => o["ruleId"]!.GetValue<string>() == "PL-001" && o["errorCode"] is null);
        Assert.True(data["runRules"]!["rings"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task An_unknown_rule_id_is_bad_input()
    {
        var response = await _author.PostAsync("mutation { runRules(ruleIds: [\"NO-SUCH\"]) { hits } }");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_Cypher_syntax_error_passes_through_with_its_position()
    {
        var response = await _author.PostAsync("{ cypher(query: \"MATCH (n:Person)\\nRETURN n.name ORDER\") { rows } }");

        var error = response.Json!["errors"]![0]!;
        var extensions = error["extensions"]!;
        Assert.StartsWith("CYP", extensions["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, extensions["line"]!.GetValue<int>());
        Assert.True(extensions["column"]!.GetValue<int>() > 1);
        Assert.Equal("SyntaxError", extensions["errorClass"]!.GetValue<string>());
        Assert.NotNull(error["locations"]);
    }

    [Fact]
    public async Task Cypher_through_the_API_cannot_write()
    {
        var response = await _author.PostAsync("{ cypher(query: \"CREATE (:Person {name: 'x'})\") { rows } }");

        Assert.NotNull(response.Json!["errors"]);
        Assert.NotEqual("INTERNAL", response.FirstErrorCode);
    }

    [Fact]
    public async Task Cypher_takes_parameters_and_returns_rows_as_JSON()
    {
        var data = await _author.DataAsync(
            "query Q($p: JSON) { cypher(query: \"UNWIND $xs AS x RETURN x * $k AS y, {a: x} AS m\", params: $p) { columns rows rowCount } }",
            new { p = new { xs = new[] { 1, 2, 3 }, k = 2 } });

        Assert.Equal(["y", "m"], Samples.Items(data["cypher"]!["columns"]).Select(c => c.GetValue<string>()));
        Assert.Equal(3, data["cypher"]!["rowCount"]!.GetValue<int>());
        Assert.Equal(6, data["cypher"]!["rows"]![2]![0]!.GetValue<long>());
        Assert.Equal(3, data["cypher"]!["rows"]![2]![1]!["a"]!.GetValue<long>());
    }

    [Fact]
    public async Task Stats_count_what_the_store_holds()
    {
        var data = await _author.DataAsync("{ stats { storeVersion nodes relationships labels { name count } relationshipTypes { name count } lastLoad rules hits rings } }");

        var stats = data["stats"]!;
        Assert.True(stats["nodes"]!.GetValue<int>() > 100);
        Assert.Contains(Samples.Items(stats["labels"]), l => l["name"]!.GetValue<string>() == "Person" && l["count"]!.GetValue<int>() > 0);
        Assert.NotNull(stats["lastLoad"]);
        Assert.True(stats["rings"]!.GetValue<int>() > 0);
    }
}
