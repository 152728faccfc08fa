using Graph.Api.Analysis;
using Graph.Api.Audit;
using Graph.Api.Caching;
using Graph.Api.Configuration;
using Graph.Api.Metrics;
using Graph.Api.Paging;
using Graph.Api.Security;
using Graph.Api.Services;
using Graph.Api.Store;
using Graph.Api.Triage;

namespace Graph.Api.Hosting;

/// <summary>The singletons resolvers use, in one place so a resolver reaches them through its request context.</summary>
public sealed record ApiServices(
    ApiOptions Options,
    IGraphSource Graph,
    NodeIdCodec Ids,
    CursorCodec Cursors,
    SearchService Search,
    NeighbourhoodService Neighbourhoods,
    IPathFinder Paths,
    StatsService Stats,
    EntityViewCache EntityViews,
    CypherService Cypher,
    AnalysisService Analysis,
    TriageStore Triage,
    AuditLog Audit,
    ApiCache Cache,
    ResponseCache Responses,
    ApiMetrics Metrics);
