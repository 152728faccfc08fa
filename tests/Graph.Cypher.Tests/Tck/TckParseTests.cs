using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;
using Xunit.Abstractions;

namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// Parses every query of the TCK. Queries not expected to fail with a SyntaxError must parse without diagnostics;
/// for those that expect one, the number rejected already at parse time is reported (the rest are the binder's).
/// </summary>
public sealed class TckParseTests(ITestOutputHelper output)
{
    // Just below what the parser achieves, so a regression fails the build while the output names each failure.
    private const double RequiredCleanParseRatio = 0.999;

    [Fact]
    public void Queries_without_expected_syntax_errors_parse_cleanly()
    {
        var scenarios = TckLocator.LoadScenarios();
        var valid = scenarios.Where(scenario => !scenario.ExpectsSyntaxError).ToList();
        var failures = valid
            .Select(scenario => (Scenario: scenario, Tree: SyntaxTree.Parse(scenario.Query)))
            .Where(result => result.Tree.Diagnostics.Count > 0)
            .ToList();

        var failed = failures.Select(failure => failure.Scenario).ToHashSet();
        foreach (var group in valid.GroupBy(scenario => scenario.IsSetup))
        {
            var clean = group.Count(scenario => !failed.Contains(scenario));
            output.WriteLine($"TCK {(group.Key ? "setup" : "tested")} queries expected to parse: {clean} / {group.Count()} parsed cleanly.");
        }

        foreach (var category in failures.GroupBy(failure => Category(failure.Tree.Diagnostics[0])).OrderByDescending(group => group.Count()))
        {
            output.WriteLine($"\n{category.Count()} x {category.Key}");
            foreach (var (scenario, tree) in category)
            {
                output.WriteLine($"  {scenario}\n{Indent(scenario.Query)}\n{Indent(DiagnosticFormatter.Format(tree.Diagnostics))}");
            }
        }

        var ratio = (double)(valid.Count - failures.Count) / valid.Count;
        Assert.True(ratio >= RequiredCleanParseRatio, $"Only {ratio:P2} of TCK queries parsed cleanly; see the test output.");
    }

    [Fact]
    public void Queries_expecting_syntax_errors_are_counted_when_rejected_at_parse_time()
    {
        var expected = TckLocator.LoadScenarios().Where(scenario => scenario.ExpectsSyntaxError).ToList();
        Assert.DoesNotContain(expected, scenario => scenario.IsSetup);
        var rejected = expected.Where(scenario => SyntaxTree.Parse(scenario.Query).HasErrors).ToHashSet();

        output.WriteLine($"TCK queries expecting a compile-time SyntaxError: {rejected.Count} / {expected.Count} rejected by the parser.");
        foreach (var group in expected.GroupBy(scenario => scenario.ExpectedSyntaxError).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var rejectedInGroup = group.Count(rejected.Contains);
            output.WriteLine($"  {group.Key}: {rejectedInGroup} / {group.Count()}");
        }

        output.WriteLine("\nUnexpectedSyntax queries accepted by the parser (left to the binder):");
        foreach (var scenario in expected.Where(scenario => scenario.ExpectedSyntaxError == "UnexpectedSyntax" && !rejected.Contains(scenario)))
        {
            output.WriteLine($"  {scenario}\n{Indent(scenario.Query)}");
        }

        // Lexical errors are the parser's to find whatever the binder does later.
        string[] lexical = ["IntegerOverflow", "InvalidNumberLiteral", "FloatingPointOverflow", "InvalidUnicodeLiteral", "InvalidUnicodeCharacter"];
        var missedLexical = expected.Where(scenario => lexical.Contains(scenario.ExpectedSyntaxError) && !rejected.Contains(scenario)).ToList();
        Assert.True(missedLexical.Count == 0, "Not rejected: " + string.Join("\n", missedLexical.Select(scenario => scenario.Query)));
    }

    private static string Category(Diagnostic diagnostic) => $"{diagnostic.Code} {diagnostic.Message}";

    private static string Indent(string text) => "      " + text.Replace("\n", "\n      ");
}
