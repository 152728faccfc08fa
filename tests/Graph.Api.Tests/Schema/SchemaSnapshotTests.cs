using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Schema;

/// <summary>
/// The schema as clients see it (/schema.graphql) against the checked-in snapshot, so that a change to the API is a
/// visible diff in review. Run with UPDATE_SNAPSHOTS=1 to accept a deliberate change.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaSnapshotTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_schema_matches_its_snapshot()
    {
        var schema = (await fixture.Server.Client(null).GetStringAsync("/schema.graphql")).ReplaceLineEndings("\n");
        var path = RepositoryPaths.SchemaSnapshot;
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || !File.Exists(path))
        {
            await File.WriteAllTextAsync(path, schema);
        }

        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(expected == schema, "The schema changed; review the diff of tests/Graph.Api.Tests/Snapshots/schema.graphql after running with UPDATE_SNAPSHOTS=1.");
    }

    [Fact]
    public async Task The_schema_has_the_issue_s_entry_points()
    {
        var schema = await fixture.Server.Client(null).GetStringAsync("/schema.graphql");

        foreach (var field in new[] { "entity(", "search(", "neighborhood(", "paths(", "rings(", "ring(", "rules:", "ruleHits(", "record(", "stats:", "cypher(", "runRules(", "setRingStatus(", "interface Entity", "type Person implements Entity", "type Company implements Entity", "type RingConnection" })
        {
            Assert.Contains(field, schema, StringComparison.Ordinal);
        }
    }
}
