using Graph.Cypher.Engine.Golden.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Cypher.Engine.Golden.Tests;

/// <summary>
/// Every Cases/*.cypher through the engine, compared with the .golden file beside it. With UPDATE_GOLDEN=1 the golden
/// files are rewritten instead: read the diff before committing it, a changed golden file is a changed behaviour.
/// A case marked <c>// known-bug:</c> keeps its hand-written golden file (the right answer) and is expected to differ
/// from it until the engine is fixed; it fails once they agree, so the marker cannot outlive the bug.
/// </summary>
public sealed class GoldenTests(ITestOutputHelper output)
{
    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Cases() => new(CasesDirectory.CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_golden_file(string name)
    {
        var golden = GoldenCaseReader.Read(CasesDirectory.CaseFile(name));
        var actual = GoldenRunner.Run(golden);
        var goldenFile = CasesDirectory.GoldenFile(name);
        if (Updating && golden.KnownBug is null)
        {
            File.WriteAllText(goldenFile, actual);
            return;
        }

        Assert.True(File.Exists(goldenFile), $"{name}.golden is missing; run the tests with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(goldenFile).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (golden.KnownBug is { } bug)
        {
            output.WriteLine($"known bug: {bug}\n--- expected\n{expected}--- actual\n{actual}");
            Assert.True(expected != actual, $"{name} now gives the expected output: the known bug ({bug}) is fixed; delete the known-bug line.");
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_golden_file_has_its_case()
    {
        var orphans = Directory.EnumerateFiles(CasesDirectory.Path, "*.golden")
            .Where(file => !File.Exists(Path.ChangeExtension(file, ".cypher")))
            .ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void The_header_is_read_and_the_query_keeps_its_lines()
    {
        var file = Path.Combine(Path.GetTempPath(), $"golden-reader-{Guid.NewGuid():N}.cypher");
        File.WriteAllText(file, "// what this checks\n// graph: people\n// setup: CREATE (:X)\n// run: {a: 1}\n// run: {a: 2}\n// known-bug: wrong\n// mode: explain\n// time-limit-ms: 100\n// max-rows: 5\n// read-only: true\n// after: MATCH (n) RETURN n\nMATCH (n)\n\nRETURN n\n");
        try
        {
            var golden = GoldenCaseReader.Read(file);

            Assert.Equal(["people"], golden.Graphs);
            Assert.Equal(["CREATE (:X)"], golden.Setup);
            Assert.Equal(["{a: 1}", "{a: 2}"], golden.Runs);
            Assert.Equal("explain", golden.Mode);
            Assert.Equal(100, golden.TimeLimitMs);
            Assert.Equal(5, golden.MaxRows);
            Assert.True(golden.ReadOnly);
            Assert.Equal(["MATCH (n) RETURN n"], golden.After);
            Assert.Equal("wrong", golden.KnownBug);
            Assert.Equal("MATCH (n)\n\nRETURN n", golden.Query);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
