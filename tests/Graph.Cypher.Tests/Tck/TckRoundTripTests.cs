using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;
using Xunit.Abstractions;

namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// Writing a parsed TCK query back as Cypher and parsing that again must give the same tree: this checks the
/// writer, and that the tree keeps everything the query says.
/// </summary>
public sealed class TckRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Written_queries_parse_back_to_the_same_tree()
    {
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var scenario in TckLocator.LoadScenarios().Where(scenario => !scenario.ExpectsSyntaxError))
        {
            var original = SyntaxTree.Parse(scenario.Query);
            if (original.HasErrors)
            {
                continue;
            }

            checkedCount++;
            var written = CypherWriter.Write(original.Root);
            var reparsed = SyntaxTree.Parse(written);
            if (reparsed.HasErrors || SyntaxPrinter.Print(reparsed.Root, includeSpans: false) != SyntaxPrinter.Print(original.Root, includeSpans: false))
            {
                mismatches.Add($"{scenario}\n{scenario.Query}\n--- written as ---\n{written}\n{DiagnosticFormatter.Format(reparsed.Diagnostics)}");
            }
        }

        output.WriteLine($"{checkedCount - mismatches.Count} / {checkedCount} TCK queries round-trip through CypherWriter.");
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches.Take(20)));
    }
}
