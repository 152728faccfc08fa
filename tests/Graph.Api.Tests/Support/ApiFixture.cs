namespace Graph.Api.Tests.Support;

/// <summary>
/// What most tests share (building a store and running the rules takes a while): a real Redis, a generated store,
/// and the service over both, with rules already run.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public TestStore Store { get; private set; } = null!;

    public ApiServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = new RedisServer();
        Store = new TestStore();
        Server = await ApiServer.StartAsync(Store.StorePath, Redis.Configuration).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync().ConfigureAwait(false);
        Redis.Dispose();
        Store.Dispose();
    }
}
