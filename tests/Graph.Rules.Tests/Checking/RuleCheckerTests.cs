using Graph.Rules.Checking;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Checking;

public sealed class RuleCheckerTests
{
    private const string Good = """
        MATCH (p:Person)-[r:PARTY_IN]->(c:Case)
        WHERE r.side = 'claimant' AND c.filed_on > date('2020-01-01')
        WITH p, collect(c) AS cases
        WHERE size(cases) >= $min
        RETURN [p] AS entities, cases AS records, 0.5 AS weight, {who: p.name, case_no: cases[0].case_no} AS facts
        """;

    private static IReadOnlyList<RuleError> Check(string query, string explain = "{who} in {case_no}", string parameters = "// param: min = 1 -- smallest count") =>
        RuleChecker.Check(RuleText.Parse(RuleText.With(query, explain, parameters)));

    [Fact]
    public void A_sound_rule_has_no_errors() => Assert.Empty(Check(Good));

    [Fact]
    public void Syntax_errors_keep_their_CYP_code_at_the_file_position()
    {
        var error = Assert.Single(Check("MATCH (p:Person)\nWHERE p.name = 'x' AND\nRETURN p"));

        Assert.Equal("CYP102", error.Code);
        Assert.Equal((RuleText.HeaderLines + 3, 1), (error.Line, error.Column));
        Assert.StartsWith($"rules/XX-001-test.cypher:{RuleText.HeaderLines + 3}:1: CYP102: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Semantic_errors_are_reported_too()
    {
        var error = Assert.Single(Check("MATCH (p:Person)\nRETURN [q] AS entities, [] AS records, 1 AS weight, {who: 1, case_no: 2} AS facts", parameters: "//"));

        Assert.Equal(("CYP200", RuleText.HeaderLines + 2, 9), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_label_is_RULE030_at_the_label()
    {
        var error = Assert.Single(Check(Good.Replace("(p:Person)", "(p:Persn)", StringComparison.Ordinal)));

        Assert.Equal((RuleErrorCodes.UnknownLabel, RuleText.HeaderLines + 1, 10), (error.Code, error.Line, error.Column));
        Assert.Contains("did you mean 'Person'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_relationship_type_is_RULE031()
    {
        var error = Assert.Single(Check(Good.Replace("PARTY_IN", "PARTY_OF", StringComparison.Ordinal)));

        Assert.Equal((RuleErrorCodes.UnknownRelationshipType, RuleText.HeaderLines + 1, 21), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_property_not_on_the_matched_label_is_RULE032_at_the_key()
    {
        var error = Assert.Single(Check(Good.Replace("c.filed_on", "c.filed_at", StringComparison.Ordinal)));

        Assert.Equal((RuleErrorCodes.UnknownProperty, RuleText.HeaderLines + 2, 33), (error.Code, error.Line, error.Column));
        Assert.Contains("did you mean 'filed_on'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_of_another_label_is_RULE032_even_when_it_exists_elsewhere()
    {
        // uscc is a Company key: on a Person it is always null, a silent bug.
        var error = Assert.Single(Check(Good.Replace("{who: p.name", "{who: p.uscc", StringComparison.Ordinal)));

        Assert.Equal(RuleErrorCodes.UnknownProperty, error.Code);
    }

    [Fact]
    public void Relationship_properties_and_pattern_maps_are_checked()
    {
        var errors = Check(Good.Replace("r.side", "r.sidee", StringComparison.Ordinal).Replace("(c:Case)", "(c:Case {case_number: 'x'})", StringComparison.Ordinal));

        Assert.Equal(2, errors.Count(error => error.Code == RuleErrorCodes.UnknownProperty));
    }

    [Fact]
    public void Properties_of_maps_and_of_nodes_whose_labels_are_not_said_are_not_over_checked()
    {
        const string query = """
            MATCH (e:Entity)-[:PARTY_IN]->(c)
            WITH e, c, {note: c.case_no} AS m
            RETURN [e] AS entities, [c] AS records, 1 AS weight, {who: e.uscc, case_no: m.note} AS facts
            """;

        Assert.Empty(Check(query, parameters: "//"));
    }

    [Fact]
    public void Wrong_result_columns_are_RULE033()
    {
        var error = Assert.Single(Check("MATCH (p:Person) WHERE 1 >= $min RETURN p AS entities, p.name AS text"));

        Assert.Equal(RuleErrorCodes.BadColumns, error.Code);
        Assert.Equal(RuleText.HeaderLines + 1, error.Line);
    }

    [Fact]
    public void Result_columns_of_a_wrong_type_are_RULE033()
    {
        var error = Assert.Single(Check("MATCH (p:Person) WHERE 1 >= $min RETURN [p] AS entities, [] AS records, 'high' AS weight, {who: 1, case_no: 2} AS facts"));

        Assert.Equal(RuleErrorCodes.BadColumns, error.Code);
        Assert.Contains("weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explain_placeholder_missing_from_the_facts_is_RULE034_in_the_header()
    {
        var error = Assert.Single(Check(Good, explain: "{who} in {case_no} on {day}"));

        Assert.Equal((RuleErrorCodes.UnknownPlaceholder, 7, 13 + "{who} in {case_no} on {".Length), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Facts_built_in_a_WITH_are_followed()
    {
        const string query = """
            MATCH (p:Person)
            WHERE 1 >= $min
            WITH p, {who: p.name} AS facts
            RETURN [p] AS entities, [] AS records, 1 AS weight, facts AS facts
            """;

        var error = Assert.Single(Check(query));

        Assert.Equal(RuleErrorCodes.UnknownPlaceholder, error.Code);
        Assert.Contains("{case_no}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_must_be_declared_and_used()
    {
        var errors = Check(Good.Replace("$min", "$minimum", StringComparison.Ordinal));

        Assert.Contains(errors, error => error.Code == RuleErrorCodes.UndeclaredParameter && error.Line == RuleText.HeaderLines + 4);
        Assert.Contains(errors, error => error.Code == RuleErrorCodes.UnusedParameter && error.Line == 5);
    }

    [Fact]
    public void Writes_are_RULE037()
    {
        var error = Assert.Single(Check("MATCH (p:Person) WHERE 1 >= $min SET p.name = 'x' RETURN [p] AS entities, [] AS records, 1 AS weight, {who: 1, case_no: 2} AS facts"));

        Assert.Equal(RuleErrorCodes.NotReadOnly, error.Code);
    }

    [Fact]
    public void Every_side_of_a_union_is_checked()
    {
        const string query = """
            MATCH (p:Person) WHERE 1 >= $min
            RETURN [p] AS entities, [] AS records, 1 AS weight, {who: p.name, case_no: ''} AS facts
            UNION
            MATCH (p:Company)
            RETURN [p] AS entities, [] AS records, 1 AS weight, {who: p.name} AS facts
            """;

        var error = Assert.Single(Check(query));

        Assert.Equal(RuleErrorCodes.UnknownPlaceholder, error.Code);
    }

    [Fact]
    public void A_catalog_check_lists_header_and_query_errors_in_file_order()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "XX-001.cypher"), RuleText.With(Good.Replace("Person", "Persn", StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(folder.Path, "XX-002.cypher"), "MATCH (n) RETURN n");

        var errors = RuleChecker.Check(RuleCatalog.Load(folder.Path));

        Assert.Equal([RuleErrorCodes.UnknownLabel, RuleErrorCodes.NoHeader], errors.Select(error => error.Code));
    }
}
