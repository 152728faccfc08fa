using System.Runtime.CompilerServices;
using Graph.Api.Store;
using Graph.Api.Tests.Support;
using Graph.Storage.Values;

namespace Graph.Api.Tests.Caching;

/// <summary>
/// After a load the service moves to the new snapshot and lets the old one go: nothing it used keeps it (the Cypher
/// engine, caches, the first-opened store), so its memory can come back instead of staying doubled.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReloadTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_replaced_snapshot_is_released()
    {
        var copy = StoreFolder.Copy(fixture.Store);
        await using var server = await ApiServer.StartAsync(copy, redis: null, new Dictionary<string, string?> { ["Api:Limits:RequestTimeoutSeconds"] = "1" }, runRulesAtStartup: true);
        var source = server.Get<StoreGraphSource>();
        var old = Track(source);
        // Everything that reads the snapshot: search (name index), entities, neighbourhoods, Cypher, the rules.
        var person = await Samples.PersonWithPhoneAsync(server);
        await server.Client().DataAsync("query E($id: ID!) { entity(id: $id) { name } neighborhood(id: $id, depth: 2) { truncated } }", new { id = person.Id });
        await server.Client().DataAsync("query S($t: String!) { search(text: $t) { totalCount } rings(first: 3) { nodes { subgraph { nodes { id } } } } }", new { t = person.Name });

        StoreFolder.Write(copy, batch => batch.UpsertNode("Person:TEST-RELOADED", ["Person", "Entity"], [new("name", PropertyValue.From("重新加载"))]));
        Assert.True(!source.Check() && source.Check(), "the load was not picked up");
        await server.Client().DataAsync("{ search(text: \"重新加载\") { totalCount } }");

        for (var i = 0; i < 100 && old.IsAlive; i++)
        {
            await Task.Delay(100);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(old.IsAlive, "something still holds the snapshot the load replaced");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Track(StoreGraphSource source) => new(source.Current.Reader);
}
