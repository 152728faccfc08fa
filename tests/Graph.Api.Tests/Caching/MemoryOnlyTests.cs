using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Caching;

/// <summary>Without Redis configured the service runs on memory alone.</summary>
[Collection(ApiCollection.Name)]
public sealed class MemoryOnlyTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_service_answers_without_Redis()
    {
        await using var server = await ApiServer.StartAsync(fixture.Store.StorePath, redis: null, runRulesAtStartup: false);

        var data = await server.Client().DataAsync("{ rings(first: 1) { totalCount } }");
        var health = await server.Client(null).GetStringAsync("/health");

        Assert.True(data["rings"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Contains("not configured", health, StringComparison.Ordinal);
    }
}
