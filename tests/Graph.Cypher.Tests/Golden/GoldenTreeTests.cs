using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Golden;

/// <summary>
/// Each Cases/x.cypher is parsed and printed; the dump (tree, then diagnostics) must equal Cases/x.tree.
/// Run with UPDATE_GOLDEN=1 to rewrite the .tree files after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTreeTests
{
    public static TheoryData<string> Cases() => [.. GoldenFiles.CaseNames()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_tree_matches_golden_file(string name)
    {
        var directory = GoldenFiles.CasesDirectory();
        var source = File.ReadAllText(Path.Combine(directory, name + ".cypher")).ReplaceLineEndings("\n");
        var actual = Dump(SyntaxTree.Parse(source, name + ".cypher"));
        var expectedPath = Path.Combine(directory, name + ".tree");

        if (GoldenFiles.UpdateRequested)
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    private static string Dump(SyntaxTree tree)
    {
        var dump = SyntaxPrinter.Print(tree.Root) + "\n";
        if (tree.Diagnostics.Count > 0)
        {
            dump += "\n" + DiagnosticFormatter.Format(tree.Diagnostics) + "\n";
        }

        return dump;
    }
}
