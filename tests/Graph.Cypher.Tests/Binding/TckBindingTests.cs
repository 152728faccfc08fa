using Graph.Cypher.Binding;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;
using Graph.Cypher.Tests.Tck;
using Xunit.Abstractions;

namespace Graph.Cypher.Tests.Binding;

/// <summary>
/// Binds every query of the TCK, with the procedures and parameters its scenario declares. (a) Queries that the TCK expects to run
/// (or to fail only at runtime) must bind without diagnostics: a false compile-time error makes a valid query
/// unusable. (b) Queries expecting a compile-time error are counted per TCK detail when parsing or binding raises
/// exactly that detail.
/// </summary>
public sealed class TckBindingTests(ITestOutputHelper output)
{
    // Just below what the binder achieves, so a regression fails while the output names each miss.
    private const double RequiredCleanBindRatio = 1.0;
    private const double RequiredExpectedErrorRatio = 0.995;

    [Fact]
    public void Queries_expected_to_run_bind_without_errors()
    {
        var valid = Bound().Where(result => result.ExpectedError is null).ToList();
        var failures = valid.Where(result => result.Query.HasErrors).ToList();

        output.WriteLine($"TCK queries expected to run: {valid.Count - failures.Count} / {valid.Count} bound without errors.");
        foreach (var (scenario, _, query) in failures)
        {
            output.WriteLine($"\n{scenario}\n{Indent(scenario.Query)}\n{Indent(DiagnosticFormatter.Format(query.Diagnostics))}");
        }

        var ratio = (double)(valid.Count - failures.Count) / valid.Count;
        Assert.True(ratio >= RequiredCleanBindRatio, $"{failures.Count} valid TCK queries raised errors; see the test output.");
    }

    [Fact]
    public void Queries_expecting_compile_time_errors_raise_the_expected_detail()
    {
        var expected = Bound().Where(result => result.ExpectedError is not null).ToList();
        var missed = expected.Where(result => !result.Query.Diagnostics.Any(diagnostic => diagnostic.TckDetail == result.ExpectedError)).ToList();

        output.WriteLine($"TCK queries expecting a compile-time error: {expected.Count - missed.Count} / {expected.Count} raise the expected detail.");
        foreach (var group in expected.GroupBy(result => result.ExpectedError).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key}: {group.Count(result => !missed.Contains(result))} / {group.Count()}");
        }

        foreach (var (scenario, error, query) in missed)
        {
            var actual = query.Diagnostics.Count == 0 ? "      (no diagnostics)" : Indent(DiagnosticFormatter.Format(query.Diagnostics));
            output.WriteLine($"\nExpected {error}: {scenario}\n{Indent(scenario.Query)}\n{actual}");
        }

        var ratio = (double)(expected.Count - missed.Count) / expected.Count;
        Assert.True(ratio >= RequiredExpectedErrorRatio, $"Only {ratio:P1} of error scenarios raise their TCK detail; see the test output.");
    }

    // Each query with the compile-time error detail its scenario expects, if any, of whatever error class.
    private static IEnumerable<(TckScenario Scenario, string? ExpectedError, BoundQuery Query)> Bound() =>
        TckLocator.LoadScenarios().Select(scenario =>
        {
            var steps = TckScenarioSteps.For(scenario);
            var options = new BindingOptions { Procedures = steps.Procedures, Parameters = scenario.IsSetup ? null : steps.Parameters };
            var expectedError = scenario.IsSetup ? null : scenario.ExpectedSyntaxError ?? steps.OtherCompileTimeError;
            return (scenario, expectedError, Binder.Bind(SyntaxTree.Parse(scenario.Query), options));
        });

    private static string Indent(string text) => "      " + text.Replace("\n", "\n      ");
}
