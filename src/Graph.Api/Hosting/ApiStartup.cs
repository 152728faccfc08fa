using Graph.Api.Analysis;
using Graph.Api.Configuration;
using Graph.Api.Schema;
using Graph.Api.Services;
using Graph.Api.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Hosting;

/// <summary>
/// Work done before the service takes requests: the schema, the name index of the current snapshot, and — unless configured
/// otherwise — the first rule run, so that the first ring list is not a minutes-long wait. Later snapshots are
/// indexed as they arrive.
/// </summary>
public sealed partial class ApiStartup(ApiOptions options, IGraphSource graph, NameIndexProvider names, AnalysisService analysis, ApiSchema schema, ILogger<ApiStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Built now rather than by the first request, which would otherwise wait for it.
        schema.Initialize();
        IndexEachNewSnapshot();
        var snapshot = graph.Current;
        var index = await Task.Run(() => names.For(snapshot), cancellationToken).ConfigureAwait(false);
        LogIndexed(log, index.EntityCount, snapshot.Version);
        var rules = analysis.Refresh(snapshot);
        if (options.RunRulesAtStartup)
        {
            await rules.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Subscribed from a method of its own: a lambda next to others that capture the start-up snapshot would share
    /// their closure, and the event would keep that first snapshot alive for the life of the service.
    /// </summary>
    private void IndexEachNewSnapshot() => graph.Changed += (_, next) => _ = Task.Run(() => names.For(next), CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Information, Message = "Name index: {Entities} persons and companies of store version {Version}")]
    private static partial void LogIndexed(ILogger logger, int entities, long version);
}
