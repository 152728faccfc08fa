using Graph.Api.Configuration;
using Graph.Api.Store;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;

namespace Graph.Api.Services;

/// <summary>
/// Runs rule authors' Cypher on the current snapshot: read-only, time-limited, row-limited. One engine per snapshot
/// keeps prepared plans between requests.
/// </summary>
public sealed class CypherService
{
    private readonly ApiOptions _options;
    private (long Version, CypherEngine Engine)? _engine;

    public CypherService(ApiOptions options, IGraphSource graph)
    {
        _options = options;
        // The engine holds its snapshot: let it go with the snapshot, not at the next Cypher query.
        graph.Changed += (_, _) => _engine = null;
    }

    public QueryResult Run(GraphSnapshot snapshot, string query, IReadOnlyDictionary<string, CypherValue> parameters, CancellationToken cancellation)
    {
        var engine = EngineFor(snapshot);
        var limits = new QueryLimits
        {
            TimeLimit = TimeSpan.FromSeconds(_options.Limits.CypherTimeoutSeconds),
            MaxResultRows = _options.Limits.CypherMaxRows,
            ReadOnly = true,
        };
        return engine.Execute(query, parameters, new QueryOptions { Limits = limits }, cancellation);
    }

    private CypherEngine EngineFor(GraphSnapshot snapshot)
    {
        var current = _engine;
        if (current is { } known && known.Version == snapshot.Version)
        {
            return known.Engine;
        }

        var engine = new CypherEngine(snapshot.Reader);
        _engine = (snapshot.Version, engine);
        return engine;
    }
}
