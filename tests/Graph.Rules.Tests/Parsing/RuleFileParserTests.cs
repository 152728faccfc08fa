using Graph.Cypher.Values;
using Graph.Rules.Parsing;

namespace Graph.Rules.Tests.Parsing;

public sealed class RuleFileParserTests
{
    private const string Valid = """
        // id: PL-001
        // title: Opposing parties share a phone
        // model: private_lending
        // severity: high
        // signals: L2, L4
        // param: max_days = 30   -- days from filing to closing
        // param: causes = ['private_lending', 'loan_contract'] -- causes counted
        // meaning: First line of the meaning,
        //   continued here.
        // explain: {plaintiff} and {defendant} share {phone}
        MATCH (n:Person)
        RETURN [n] AS entities, [] AS records, 1 AS weight, {plaintiff: n.name, defendant: n.name, phone: ''} AS facts
        """;

    [Fact]
    public void A_valid_header_gives_every_field_and_the_query_after_it()
    {
        var result = RuleFileParser.Parse(Valid, "cypher/rules/PL-001-shared-phone.cypher");

        Assert.Empty(result.Errors);
        var rule = Assert.IsType<RuleDefinition>(result.Rule);
        Assert.Equal("PL-001", rule.Id);
        Assert.Equal("Opposing parties share a phone", rule.Title);
        Assert.Equal(RuleModels.PrivateLending, rule.Model);
        Assert.Equal(RuleSeverity.High, rule.Severity);
        Assert.Equal(["L2", "L4"], rule.Signals);
        Assert.Equal("First line of the meaning, continued here.", rule.Meaning);
        Assert.Equal("{plaintiff} and {defendant} share {phone}", rule.ExplainTemplate);
        Assert.Equal(11, rule.QueryLine);
        Assert.StartsWith("MATCH (n:Person)", rule.Query, StringComparison.Ordinal);
        Assert.Equal("cypher/rules/PL-001-shared-phone.cypher", rule.FilePath);
    }

    [Fact]
    public void Parameters_keep_their_default_description_and_line()
    {
        var rule = RuleFileParser.Parse(Valid, "PL-001.cypher").Rule!;

        var maxDays = rule.Parameters[0];
        Assert.Equal("max_days", maxDays.Name);
        Assert.Equal(CypherValue.Integer(30), maxDays.Default);
        Assert.Equal("days from filing to closing", maxDays.Description);
        Assert.Equal(6, maxDays.Line);
        var causes = rule.Parameters[1].Default.AsList;
        Assert.Equal(["private_lending", "loan_contract"], causes.Select(value => value.AsString));
    }

    [Fact]
    public void A_file_without_a_header_is_RULE001_at_its_start()
    {
        var error = Assert.Single(RuleFileParser.Parse("MATCH (n) RETURN n", "x/AB-001.cypher").Errors);

        Assert.Equal(new RuleError("x/AB-001.cypher", 1, 1, RuleErrorCodes.NoHeader, error.Message), error);
    }

    [Fact]
    public void A_missing_field_is_RULE002()
    {
        var text = Valid.Replace("// severity: high\n", "", StringComparison.Ordinal);

        var errors = RuleFileParser.Parse(text, "PL-001.cypher").Errors;

        var error = Assert.Single(errors);
        Assert.Equal(RuleErrorCodes.MissingField, error.Code);
        Assert.Contains("severity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_RULE003_at_its_key()
    {
        var text = Valid.Replace("// signals: L2, L4", "// author: someone", StringComparison.Ordinal);

        var error = Assert.Single(RuleFileParser.Parse(text, "PL-001.cypher").Errors);

        Assert.Equal(("PL-001.cypher", 5, 4, RuleErrorCodes.UnknownField), (error.FilePath, error.Line, error.Column, error.Code));
    }

    [Theory]
    [InlineData("// model: private_lending", "// model: lending", RuleErrorCodes.UnknownModel, 3, 11)]
    [InlineData("// severity: high", "// severity: urgent", RuleErrorCodes.BadSeverity, 4, 14)]
    [InlineData("// id: PL-001", "// id: pl1", RuleErrorCodes.BadId, 1, 8)]
    [InlineData("// title: Opposing parties share a phone", "// title: Same title\n// title: Twice", RuleErrorCodes.DuplicateField, 3, 4)]
    [InlineData("// param: max_days = 30   -- days from filing to closing", "// param: max_days = 'thirty -- days", RuleErrorCodes.BadParameterDefault, 6, 22)]
    [InlineData("// param: max_days = 30   -- days from filing to closing", "// param: max_days = 30", RuleErrorCodes.BadParameter, 6, 24)]
    [InlineData("// param: max_days = 30   -- days from filing to closing", "// param: 30 days", RuleErrorCodes.BadParameter, 6, 11)]
    [InlineData("// param: max_days = 30   -- days from filing to closing", "// param: causes = 1 -- first", RuleErrorCodes.DuplicateParameter, 7, 11)]
    [InlineData("// explain: {plaintiff} and {defendant} share {phone}", "// explain: {plaintiff and {defendant}", RuleErrorCodes.BadTemplate, 10, 13)]
    [InlineData("// signals: L2, L4", "// this line has no key", RuleErrorCodes.MalformedHeaderLine, 5, 3)]
    public void Header_errors_carry_a_stable_code_and_the_position_of_the_value(string line, string replacement, string code, int lineNumber, int column)
    {
        var text = Valid.Replace(line, replacement, StringComparison.Ordinal);

        var errors = RuleFileParser.Parse(text, "PL-001.cypher").Errors;

        var error = Assert.Single(errors, e => e.Code == code);
        Assert.Equal((lineNumber, column), (error.Line, error.Column));
        Assert.Null(RuleFileParser.Parse(text, "PL-001.cypher").Rule);
    }

    [Fact]
    public void A_file_named_after_another_id_is_RULE020()
    {
        var error = Assert.Single(RuleFileParser.Parse(Valid, "rules/PL-002-shared-phone.cypher").Errors);

        Assert.Equal((RuleErrorCodes.FileNameMismatch, 1, 8), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_header_without_a_query_is_RULE012()
    {
        var headerOnly = string.Join('\n', Valid.Split('\n').Take(10));

        var error = Assert.Single(RuleFileParser.Parse(headerOnly, "PL-001.cypher").Errors);

        Assert.Equal(RuleErrorCodes.NoQuery, error.Code);
    }

    [Fact]
    public void Errors_print_as_file_line_column_code_message()
    {
        var error = new RuleError("cypher/rules/x.cypher", 12, 5, "CYP101", "unexpected token");

        Assert.Equal("cypher/rules/x.cypher:12:5: CYP101: unexpected token", error.ToString());
    }

    [Fact]
    public void Duplicate_ids_in_a_catalog_are_RULE021()
    {
        var first = RuleFileParser.Parse(Valid, "a/PL-001.cypher");
        var second = RuleFileParser.Parse(Valid, "b/PL-001-copy.cypher");

        var catalog = RuleCatalog.FromResults("a", [first, second]);

        Assert.Single(catalog.Rules);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal(("b/PL-001-copy.cypher", RuleErrorCodes.DuplicateId), (error.FilePath, error.Code));
    }
}
