using Graph.Cypher.Values;
using Graph.Rules.Running;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Running;

public sealed class RuleRunnerTests
{
    private const string Graph = """
        CREATE (p:Person:Entity {name: '张伟', id_number: '330602198001010011'}),
               (q:Person:Entity {name: '李娜'}),
               (co:Company:Entity {name: '绍兴某某贸易有限公司', uscc: '91330602MA2BCDEF1X'}),
               (c1:Case:Record {case_no: '(2023)浙0602民初1号', filed_on: date('2023-01-02'), amount_claimed: 100000.0}),
               (c2:Case:Record {case_no: '(2023)浙0602民初2号', filed_on: date('2023-02-03'), amount_claimed: 250000.5}),
               (b:Bid:Record {auction_id: '600000000001', amount: 1.0}),
               (p)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1),
               (q)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
               (p)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c2),
               (co)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c2)
        """;

    private const string Rule = """
        MATCH (a:Person)-[ra:PARTY_IN]->(c:Case)<-[rb:PARTY_IN]-(b)
        WHERE ra.side = 'claimant' AND rb.side = 'respondent' AND c.amount_claimed >= $min_amount
        RETURN [a, b] AS entities, [c] AS records, c.amount_claimed / 1000000.0 AS weight,
               {who: a.name, case_no: c.case_no, amount: c.amount_claimed, filed: c.filed_on, other: b, tags: ['x', 'y']} AS facts
        """;

    private static RuleDefinition Define(string query = Rule, string explain = "{who} sued {other} in {case_no} for {amount} on {filed} ({tags}) {unknown}") =>
        RuleText.Parse(RuleText.With(query, explain, "// param: min_amount = 0 -- smallest claim"));

    [Fact]
    public void Hits_follow_the_contract_strongest_first()
    {
        using var graph = new FixtureGraph([Graph]);

        var outcome = new RuleRunner(graph.Snapshot).Run(Define(), RuleRunOptions.Default);

        Assert.True(outcome.Succeeded);
        Assert.Equal(2, outcome.Hits.Count);
        var first = outcome.Hits[0];
        Assert.Equal(("XX-001", RuleModels.PrivateLending), (first.RuleId, first.Model));
        Assert.Equal(0.2500005, first.Weight, 9);
        Assert.Equal(
            [("person", "张伟", (string?)"330602198001010011"), ("company", "绍兴某某贸易有限公司", "91330602MA2BCDEF1X")],
            first.Entities.Select(entity => (entity.Kind, entity.Name, entity.Id)));
        var record = Assert.Single(first.Records);
        Assert.Equal(("case", "(2023)浙0602民初2号"), (record.Kind, record.Key));
        Assert.Equal("张伟 sued 绍兴某某贸易有限公司 in (2023)浙0602民初2号 for 250000.5 on 2023-02-03 (x, y) {unknown}", first.Text);
        Assert.Null(outcome.Hits[1].Entities[1].Id);
        Assert.Contains("for 100000 on", outcome.Hits[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_default_from_the_header_and_are_overridden_by_name_then_by_rule()
    {
        using var graph = new FixtureGraph([Graph]);
        var runner = new RuleRunner(graph.Snapshot);
        var rule = Define();

        var byName = runner.Run(rule, new RuleRunOptions { Parameters = new Dictionary<string, CypherValue> { ["min_amount"] = CypherValue.Integer(200_000) } });
        var byRule = runner.Run(rule, new RuleRunOptions
        {
            Parameters = new Dictionary<string, CypherValue> { ["min_amount"] = CypherValue.Integer(200_000), ["XX-001.min_amount"] = CypherValue.Integer(300_000) },
        });

        Assert.Single(byName.Hits);
        Assert.Empty(byRule.Hits);
        Assert.Equal(["other.name", "XX-002.min_amount"], RuleParameters.Unknown([rule], ["min_amount", "XX-001.min_amount", "other.name", "XX-002.min_amount"]));
    }

    [Fact]
    public void Rows_naming_the_same_nodes_are_one_hit()
    {
        using var graph = new FixtureGraph([Graph]);
        const string twice = """
            MATCH (a:Person)-[:PARTY_IN]->(c:Case)
            WHERE c.amount_claimed >= $min_amount
            UNWIND [1, 2] AS n
            RETURN [a] AS entities, [c] AS records, n AS weight, {who: a.name, case_no: c.case_no} AS facts
            """;

        var outcome = new RuleRunner(graph.Snapshot).Run(Define(twice, "{who} {case_no}"), RuleRunOptions.Default);

        Assert.Equal(3, outcome.Hits.Count);
        Assert.All(outcome.Hits, hit => Assert.Equal(2, hit.Weight));
    }

    [Fact]
    public void Equally_strong_rows_naming_the_same_nodes_give_the_same_hits_whatever_their_order()
    {
        using var graph = new FixtureGraph([Graph]);
        var runner = new RuleRunner(graph.Snapshot);
        List<string> Texts(string direction) => [.. runner.Run(Define($$"""
            MATCH (a:Person)-[:PARTY_IN]->(c:Case)
            WHERE c.amount_claimed >= $min_amount
            UNWIND ['first', 'second'] AS path
            WITH a, c, path ORDER BY c.case_no {{direction}}, path {{direction}}
            RETURN [a] AS entities, [c] AS records, 1 AS weight, {who: a.name, case_no: c.case_no, path: path} AS facts
            """, "{who} {case_no} via {path}"), RuleRunOptions.Default).Hits.Select(hit => hit.Text)];

        var ascending = Texts("ASC");
        var descending = Texts("DESC");

        Assert.Equal(3, ascending.Count);
        Assert.All(ascending, text => Assert.EndsWith("via first", text, StringComparison.Ordinal));
        Assert.Equal(ascending, descending);
    }

    [Fact]
    public void Nodes_are_sorted_by_what_they_are_and_others_left_out()
    {
        using var graph = new FixtureGraph([Graph]);
        const string mixed = """
            MATCH (a:Person {name: '张伟'}), (b:Bid), (c:Case {case_no: '(2023)浙0602民初1号'})
            WHERE 1 >= $min_amount
            RETURN [c, a] AS entities, [b] AS records, null AS weight, {who: a.name, case_no: c.case_no} AS facts
            """;

        var hit = Assert.Single(new RuleRunner(graph.Snapshot).Run(Define(mixed, "{who} {case_no}"), RuleRunOptions.Default).Hits);

        Assert.Equal("张伟", Assert.Single(hit.Entities).Name);
        Assert.Equal(["case", "bid"], hit.Records.Select(record => record.Kind));
        Assert.NotEmpty(hit.Records[1].Key);
        Assert.Equal(0, hit.Weight);
    }

    [Fact]
    public void A_failing_rule_is_reported_in_its_outcome_and_the_run_goes_on()
    {
        using var graph = new FixtureGraph([Graph]);
        const string failing = """
            MATCH (c:Case)
            WHERE c.amount_claimed >= $min_amount
            RETURN [] AS entities, [c] AS records, 1 / 0 AS weight, {who: 1, case_no: 2} AS facts
            """;
        var progress = new List<RuleProgress>();

        var report = new RuleRunner(graph.Snapshot).Run([Define(failing, "{who} {case_no}"), Define()], new RuleRunOptions { Progress = progress.Add });

        Assert.False(report.Outcomes[0].Succeeded);
        Assert.True(report.Outcomes[1].Succeeded);
        // Rules may run side by side, so events of different rules interleave; each rule starts, then finishes.
        Assert.Equal(4, progress.Count);
        foreach (var events in progress.GroupBy(p => p.Index))
        {
            Assert.Equal([false, true], events.Select(p => p.Finished is not null));
        }
    }

    [Fact]
    public void Rules_run_side_by_side_give_the_outcomes_of_one_at_a_time_in_rule_order()
    {
        using var graph = new FixtureGraph([Graph]);
        var rules = Enumerable.Range(0, 6).Select(i => Define(Rule.Replace("$min_amount", (i * 50_000).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))).ToList();
        var runner = new RuleRunner(graph.Snapshot);

        var alone = runner.Run(rules, new RuleRunOptions { MaxParallelism = 1 });
        var together = runner.Run(rules, new RuleRunOptions { MaxParallelism = 3 });

        Assert.Equal(alone.Outcomes.Select(o => o.Rule), together.Outcomes.Select(o => o.Rule));
        Assert.Equal(alone.Hits.Select(h => (h.Text, h.Weight)), together.Hits.Select(h => (h.Text, h.Weight)));
        Assert.Equal([2, 2, 2, 1, 1, 1], together.Outcomes.Select(o => o.Hits.Count));
    }

    [Fact]
    public void With_several_workers_the_costliest_rule_starts_first_and_outcomes_keep_the_rules_order()
    {
        using var graph = new FixtureGraph([Graph]);
        const string cheap = "MATCH (b:Bid) RETURN [b] AS entities, [b] AS records, 1.0 AS weight, {who: b.auction_id, case_no: b.auction_id} AS facts";
        var rules = new[] { Define(cheap), Define(cheap), Define(cheap), Define() };
        var finished = new List<int>();
        var options = new RuleRunOptions
        {
            MaxParallelism = 2,
            Progress = progress =>
            {
                if (progress.Finished is not null)
                {
                    finished.Add(progress.Done);
                }
            },
        };
        var runner = new RuleRunner(graph.Snapshot);

        // Which worker reports its start first is up to the scheduler; the order they take the rules in is not.
        Assert.Equal([3, 0, 1, 2], runner.StartOrder(rules, workers: 2));
        Assert.Equal([0, 1, 2, 3], runner.StartOrder(rules, workers: 1));
        var report = runner.Run(rules, options);
        Assert.Equal([1, 1, 1, 2], report.Outcomes.Select(o => o.Hits.Count));
        Assert.Equal([1, 2, 3, 4], finished.Order());
    }
}
