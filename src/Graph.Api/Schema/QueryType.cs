using System.Globalization;
using Graph.Api.Analysis;
using Graph.Api.Audit;
using Graph.Api.Caching;
using Graph.Api.Hosting;
using Graph.Api.Model;
using Graph.Api.Paging;
using Graph.Api.Security;
using Graph.Api.Services;
using Graph.Api.Triage;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Graph.Api.Schema;

/// <summary>Every read the API offers. Each field names the permission it needs; all need at least Read.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<EntityInterface>("entity")
            .Description("A person or company by id. The view is written to the audit log.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Requires(Permission.Read)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var key = NodeKey(api, ctx.GetArgument<string>("id"));
                var node = api.Snapshot.Reader.FindNodeByKey(key);
                if (node < 0 || !api.Describer.IsEntity(node))
                {
                    return null;
                }

                await Audit(api, "ENTITY_VIEWED", "entity", key).ConfigureAwait(false);
                return api.Describer.Entity(node);
            });

        Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Find by name (Chinese, any part of it), resident id, USCC, phone number or record number.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<SearchKindType>("kind")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 20)
            .AfterCursor(CursorKind.Search)
            .Requires(Permission.Read)
            .WithComplexityImpact(PageImpact)
            .Resolve(ctx =>
            {
                var api = ctx.Api();
                var text = ctx.GetArgument<string>("text");
                if (text.Length > 200)
                {
                    throw ApiError.BadInput("search text is longer than 200 characters.");
                }

                var hits = api.Services.Search.Search(api.Snapshot, text, ctx.GetArgument<SearchKind?>("kind"));
                return KeysetPager.Page(hits, h => new KeysetPosition(h.Score, h.Key), api.Services.Cursors, CursorKind.Search, ctx.AfterPosition(CursorKind.Search), First(ctx, api));
            });

        Field<NeighborhoodType>("neighborhood")
            .Description("Nodes within depth (1..3) of a node over the given relationship types, and the relationships among them.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", arg => arg.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relTypes")
            .Argument<IntGraphType>("limit", arg => arg.DefaultValue = 200)
            .Requires(Permission.Read)
            .WithComplexityImpact(ctx => new FieldComplexityResult(10, Math.Clamp(ctx.GetArgument("limit", 200), 1, 2_000)))
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var key = NodeKey(api, ctx.GetArgument<string>("id"));
                var depth = ctx.GetArgument("depth", 1);
                if (depth is < 1 or > 3)
                {
                    throw ApiError.BadInput("depth must be 1, 2 or 3.");
                }

                var limit = ctx.GetArgument("limit", 200);
                if (limit < 1 || limit > api.Services.Options.Limits.MaxNeighbourhoodNodes)
                {
                    throw ApiError.BadInput($"limit must be between 1 and {api.Services.Options.Limits.MaxNeighbourhoodNodes}.");
                }

                var types = ctx.GetArgument<List<string>?>("relTypes");
                var snapshot = api.Snapshot;
                var typeKey = types is null ? "*" : string.Join(",", types.Order(StringComparer.Ordinal));
                var withProperties = DocumentFields.Mentions(ctx.Document, "properties");
                // Cached packed (see PackedNeighbourhood); the request that builds the views uses them as they are.
                // No cancellation token: the expansion is bounded by the node limit and does not stop part-way, and
                // given a token that can be cancelled HybridCache queues each miss to the thread pool and joins it.
                NeighbourhoodView? built = null;
                var packed = await api.Services.Cache.GetOrCreateAsync(
                    $"{snapshot.CacheTag}:nbh:{key}:{depth}:{limit}:{typeKey}:{(withProperties ? "p" : "-")}",
                    _ =>
                    {
                        built = api.Services.Neighbourhoods.Expand(snapshot, key, depth, types, limit, withProperties);
                        return ValueTask.FromResult(built is null ? null : PackedNeighbourhood.Pack(built));
                    },
                    CancellationToken.None,
                    shareThroughRedis: api.Services.Options.Cache.NeighbourhoodsInRedis).ConfigureAwait(false);
                var view = built ?? packed?.Unpack();
                if (view is not null)
                {
                    await Audit(api, "NEIGHBORHOOD_VIEWED", "node", key, $"depth {depth}").ConfigureAwait(false);
                }

                return view;
            });

        Field<PathSetType>("paths")
            .Description("The k shortest paths (Yen) and every simple path up to maxLength (1..6) between two nodes; hubs are not crossed.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxLength", arg => arg.DefaultValue = 4)
            .Argument<IntGraphType>("k", arg => arg.DefaultValue = 3)
            .Argument<IntGraphType>("maxPaths", arg => arg.DefaultValue = 50)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relTypes")
            .Requires(Permission.Read)
            .WithComplexityImpact(ctx => new FieldComplexityResult(20, Math.Clamp(ctx.GetArgument("maxPaths", 50) + ctx.GetArgument("k", 3), 1, 200)))
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var from = NodeKey(api, ctx.GetArgument<string>("from"));
                var to = NodeKey(api, ctx.GetArgument<string>("to"));
                var maxLength = ctx.GetArgument("maxLength", 4);
                var k = ctx.GetArgument("k", 3);
                var maxPaths = ctx.GetArgument("maxPaths", 50);
                if (maxLength is < 1 or > 6)
                {
                    throw ApiError.BadInput("maxLength must be between 1 and 6.");
                }

                if (k is < 1 or > 10)
                {
                    throw ApiError.BadInput("k must be between 1 and 10.");
                }

                if (maxPaths < 1 || maxPaths > api.Services.Options.Limits.MaxPaths)
                {
                    throw ApiError.BadInput($"maxPaths must be between 1 and {api.Services.Options.Limits.MaxPaths}.");
                }

                var query = new PathQuery(maxLength, k, ctx.GetArgument<List<string>?>("relTypes"), maxPaths);
                var snapshot = api.Snapshot;
                var token = ctx.CancellationToken;
                var view = await api.Services.Cache.GetOrCreateAsync(
                    $"{snapshot.CacheTag}:paths:{from}:{to}:{query.CacheKey}",
                    _ => ValueTask.FromResult(api.Services.Paths.Find(snapshot, from, to, query, token)),
                    token).ConfigureAwait(false);
                if (view is not null)
                {
                    await Audit(api, "PATHS_VIEWED", "node", from, "to " + to).ConfigureAwait(false);
                }

                return view;
            });

        Field<NonNullGraphType<RingConnectionType>>("rings")
            .Description("Suspected rings, best first (score, then id). Cursors hold the position, not an offset: they stay valid when a load changes the list.")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 20)
            .AfterCursor(CursorKind.Ring)
            .Argument<FloatGraphType>("minScore")
            .Argument<StringGraphType>("model")
            .Argument<RingStatusType>("status")
            .Requires(Permission.Read)
            .WithComplexityImpact(PageImpact)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var analysis = await api.AnalysisAsync(ctx.CancellationToken).ConfigureAwait(false);
                var first = First(ctx, api);
                var after = ctx.AfterPosition(CursorKind.Ring);
                var minScore = ctx.GetArgument<double?>("minScore");
                var model = ctx.GetArgument<string?>("model");
                var status = ctx.GetArgument<RingStatus?>("status");
                if (status is { } wanted)
                {
                    api.NotCacheable();
                    // Triage changes at any time, so filtered lists are not cached.
                    var decided = await api.Services.Triage.RingsWithStatusAsync(RingStatus.Confirmed, ctx.CancellationToken).ConfigureAwait(false);
                    var dismissed = await api.Services.Triage.RingsWithStatusAsync(RingStatus.Dismissed, ctx.CancellationToken).ConfigureAwait(false);
                    bool Matches(RingView ring) => wanted switch
                    {
                        RingStatus.Confirmed => decided.Contains(ring.Id),
                        RingStatus.Dismissed => dismissed.Contains(ring.Id),
                        _ => !decided.Contains(ring.Id) && !dismissed.Contains(ring.Id),
                    };
                    return RingPage(api, Filter(analysis, minScore, model).Where(Matches).ToList(), after, first);
                }

                var position = after is { } at ? string.Create(CultureInfo.InvariantCulture, $"{at.Value:R}|{at.Key}") : "";
                var key = string.Create(CultureInfo.InvariantCulture, $"{analysis.CacheKey}:rings:{minScore?.ToString("R", CultureInfo.InvariantCulture)}:{model}:{first}:{position}");
                return await api.Services.Cache.GetOrCreateAsync(
                    key,
                    _ => ValueTask.FromResult(RingPage(api, Filter(analysis, minScore, model), after, first)),
                    ctx.CancellationToken).ConfigureAwait(false);
            });

        Field<RingType>("ring")
            .Description("One ring by id. The view is written to the audit log.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Requires(Permission.Read)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var id = ctx.GetArgument<string>("id");
                var analysis = await api.AnalysisAsync(ctx.CancellationToken).ConfigureAwait(false);
                var ring = analysis.Rings.FirstOrDefault(r => r.Id == id);
                if (ring is not null)
                {
                    await Audit(api, "RING_VIEWED", "ring", id).ConfigureAwait(false);
                }

                return ring;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleType>>>>("rules")
            .Description("The screening rules of the catalog.")
            .Requires(Permission.Read)
            .Resolve(ctx =>
            {
                ctx.Api().NotCacheable();
                return ctx.Api().Services.Analysis.Rules.Current.Catalog.Rules.Select(RuleViews.From).ToList();
            });

        Field<NonNullGraphType<RuleHitConnectionType>>("ruleHits")
            .Description("Hits of one rule (or all), strongest first.")
            .Argument<StringGraphType>("ruleId")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 20)
            .AfterCursor(CursorKind.RuleHit)
            .Requires(Permission.Read)
            .WithComplexityImpact(PageImpact)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var analysis = await api.AnalysisAsync(ctx.CancellationToken).ConfigureAwait(false);
                var ruleId = ctx.GetArgument<string?>("ruleId");
                var hits = ruleId is null ? analysis.Hits : analysis.Hits.Where(h => string.Equals(h.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)).ToList();
                return KeysetPager.Page(hits, h => new KeysetPosition(h.Weight, h.Id), api.Services.Cursors, CursorKind.RuleHit, ctx.AfterPosition(CursorKind.RuleHit), First(ctx, api));
            });

        Field<RecordType>("record")
            .Description("A record by kind and number (as written, or width-folded).")
            .Argument<NonNullGraphType<RecordKindType>>("kind")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Requires(Permission.Read)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var label = ctx.GetArgument<RecordKind>("kind").ToString();
                var node = RecordLocator.Find(api.Snapshot.Reader, label, ctx.GetArgument<string>("key"));
                if (node < 0)
                {
                    return null;
                }

                var record = api.Describer.Record(node);
                await Audit(api, "RECORD_VIEWED", "record", record.Key).ConfigureAwait(false);
                return record;
            });

        Field<GraphNodeType>("node")
            .Description("Any node by id, as drawn (phones, addresses, courts... as well as entities and records).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Requires(Permission.Read)
            .Resolve(ctx =>
            {
                var api = ctx.Api();
                var node = api.Snapshot.Reader.FindNodeByKey(NodeKey(api, ctx.GetArgument<string>("id")));
                return node < 0 ? null : api.Describer.Node(node, 0);
            });

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("What the store holds and the state of the analysis.")
            .Requires(Permission.Read)
            .Resolve(ctx =>
            {
                ctx.Api().NotCacheable();
                return ctx.Api().Services.Stats.For(ctx.Api().Snapshot);
            });

        Field<NonNullGraphType<CypherResultType>>("cypher")
            .Description("Run a read-only, time-limited Cypher query (rule authors). Engine errors come back with their code and position in extensions.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<JsonGraphType>("params")
            .Requires(Permission.Cypher)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                api.NotCacheable();
                var text = ctx.GetArgument<string>("query");
                var parameters = ctx.GetArgument<object?>("params") switch
                {
                    null => new Dictionary<string, object?>(),
                    IDictionary<string, object?> map => map,
                    System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } element =>
                        element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal),
                    _ => throw ApiError.BadInput("params must be an object."),
                };
                await Audit(api, "CYPHER_RUN", "query", "cypher", text.Length > 500 ? text[..500] : text).ConfigureAwait(false);
                var result = api.Services.Cypher.Run(api.Snapshot, text, CypherParameters.From(parameters), ctx.CancellationToken);
                if (result.Error is { } error)
                {
                    // The engine stops on the request's token: the per-request timeout (or the client leaving) ended
                    // it, not the query. Let the executor report that as what it is.
                    ctx.CancellationToken.ThrowIfCancellationRequested();
                    var failure = new ApiError(error.Code, error.Message);
                    failure.Extra["errorClass"] = error.ErrorClass;
                    if (error.Line > 0)
                    {
                        failure.Extra["line"] = error.Line;
                        failure.Extra["column"] = error.Column;
                    }

                    if (error.Caret is { } caret)
                    {
                        failure.Extra["caret"] = caret;
                    }

                    throw failure;
                }

                var json = new CypherJson(api.Snapshot.Reader, api.Services.Ids, api.Masked);
                var rows = result.Rows.Select(row => (IReadOnlyList<object?>)row.Select((value, i) => json.ToPlain(value)).ToList()).ToList();
                return new CypherResultView(result.Columns, rows, Math.Round(result.Elapsed.TotalMilliseconds, 2));
            });

        Field<NonNullGraphType<AuditConnectionType>>("auditLog")
            .Description("Who looked at what, newest first (admins).")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 50)
            .AfterCursor(CursorKind.Audit)
            .Argument<StringGraphType>("principal")
            .Argument<IdGraphType>("targetId", "An entity or record id, or a ring id.")
            .Argument<StringGraphType>("action")
            .Argument<StringGraphType>("since", "ISO 8601 timestamp.")
            .Requires(Permission.ReadAudit)
            .WithComplexityImpact(PageImpact)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                api.NotCacheable();
                var first = First(ctx, api);
                // Entries only ever get appended, newest first: the id of the last one seen is the whole sort key.
                var before = ctx.AfterPosition(CursorKind.Audit) is { } after ? (long?)after.Value : null;

                DateTimeOffset? since = null;
                if (ctx.GetArgument<string?>("since") is { } sinceText)
                {
                    since = DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                        ? parsed
                        : throw ApiError.BadInput("since is not an ISO 8601 timestamp.");
                }

                var target = ctx.GetArgument<string?>("targetId") is { } targetId ? api.Services.Ids.TryDecode(targetId) ?? targetId : null;
                var filter = new AuditQuery(ctx.GetArgument<string?>("principal"), target, ctx.GetArgument<string?>("action"), since, before, first + 1);
                var entries = await api.Services.Audit.QueryAsync(filter, ctx.CancellationToken).ConfigureAwait(false);
                var total = await api.Services.Audit.CountAsync(filter with { BeforeId = null }, ctx.CancellationToken).ConfigureAwait(false);
                var edges = entries.Take(first)
                    .Select(e => new PageEdge<AuditEntry>(api.Services.Cursors.Encode(CursorKind.Audit, e.Id, ""), e))
                    .ToList();
                return new ConnectionPage<AuditEntry>(edges, entries.Count > first, before is not null, total);
            });

        Field<NonNullGraphType<CallerType>>("me")
            .Description("Who the service takes the caller for, and whether identifiers come masked.")
            .Requires(Permission.Read)
            .Resolve(ctx =>
            {
                ctx.Api().NotCacheable();
                return ctx.Api().Caller;
            });
    }

    internal static string NodeKey(ApiRequestContext api, string id) =>
        api.Services.Ids.TryDecode(id) ?? throw new ApiError("BAD_ID", "The id is not one this service gave out.");

    internal static Task Audit(ApiRequestContext api, string action, string kind, string key, string? detail = null) =>
        api.AuditAsync(action, kind, key, detail);

    private static IReadOnlyList<RingView> Filter(AnalysisResult analysis, double? minScore, string? model)
    {
        if (minScore is null && model is null)
        {
            return analysis.Rings;
        }

        return analysis.Rings
            .Where(r => (minScore is null || r.Score >= minScore) && (model is null || r.Models.Contains(model, StringComparer.OrdinalIgnoreCase)))
            .ToList();
    }

    private static ConnectionPage<RingView> RingPage(ApiRequestContext api, IReadOnlyList<RingView> rings, KeysetPosition? after, int first) =>
        KeysetPager.Page(rings, r => new KeysetPosition(r.Score, r.Id), api.Services.Cursors, CursorKind.Ring, after, first);

    private static int First(IResolveFieldContext context, ApiRequestContext api)
    {
        var first = context.GetArgument("first", 20);
        var max = api.Services.Options.Limits.MaxPageSize;
        return first >= 0 && first <= max ? first : throw ApiError.BadInput($"first must be between 0 and {max}.");
    }

    private static FieldComplexityResult PageImpact(FieldImpactContext context) =>
        new(1, Math.Clamp(context.GetArgument("first", 20), 1, 1_000));
}
