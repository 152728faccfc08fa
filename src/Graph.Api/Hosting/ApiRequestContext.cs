using Graph.Api.Analysis;
using Graph.Api.Audit;
using Graph.Api.Model;
using Graph.Api.Security;
using Graph.Api.Services;
using Graph.Api.Store;
using Graph.Api.Triage;
using Graph.Api.Loading;

namespace Graph.Api.Hosting;

/// <summary>
/// What one GraphQL request carries through its resolvers (GraphQL.NET's user context): who asks, the one snapshot
/// the whole request reads, the shared services, and the request's batch loaders. Output helpers apply the caller's
/// masking and turn node keys into opaque ids.
/// </summary>
public sealed class ApiRequestContext : Dictionary<string, object?>
{
    public ApiRequestContext(Caller caller, ApiServices services)
    {
        Caller = caller;
        Services = services;
        Snapshot = services.Graph.Current;
        Describer = new GraphDescriber(Snapshot, services.Ids);
        Entities = new BatchLoader<string, EntityView>(LoadEntitiesAsync, OnBatch);
        Triage = new BatchLoader<string, TriageView>(LoadTriageAsync, OnBatch);
    }

    public Caller Caller { get; }

    public ApiServices Services { get; }

    public GraphSnapshot Snapshot { get; }

    public GraphDescriber Describer { get; }

    public BatchLoader<string, EntityView> Entities { get; }

    public BatchLoader<string, TriageView> Triage { get; }

    /// <summary>Batch reads this request made (store and state database); tests check that lists are batched.</summary>
    public int Batches { get; private set; }

    public bool Masked => !Caller.Can(Permission.SeeIdentifiers);

    /// <summary>False once a resolver read something the response cache key does not cover (triage, audit log, caller name).</summary>
    public bool Cacheable { get; private set; } = true;

    /// <summary>The analysis (rules and rings) the request read, if any: part of the response cache key.</summary>
    public string? AnalysisKey { get; private set; }

    /// <summary>What the request looked at (written to the audit log, and again on every cache hit of its response).</summary>
    public List<AuditTarget> Audits { get; } = [];

    public void NotCacheable() => Cacheable = false;

    /// <summary>The current analysis, noting which one the answer is built on.</summary>
    public async Task<AnalysisResult> AnalysisAsync(CancellationToken cancellation)
    {
        var analysis = await Services.Analysis.GetAsync(cancellation).ConfigureAwait(false);
        lock (Audits)
        {
            if (AnalysisKey is not null && AnalysisKey != analysis.CacheKey)
            {
                Cacheable = false;
            }

            AnalysisKey = analysis.CacheKey;
        }

        return analysis;
    }

    /// <summary>Writes the audit entry (durably) and remembers it for the response cache.</summary>
    public Task AuditAsync(string action, string kind, string key, string? detail = null)
    {
        lock (Audits)
        {
            Audits.Add(new AuditTarget(action, kind, key, detail));
        }

        return Services.Audit.RecordAsync(Caller.Name, Caller.Roles, action, kind, key, detail);
    }

    public string Id(string nodeKey) => Services.Ids.Encode(nodeKey);

    /// <summary>An identifier (resident id, phone) as this caller may see it.</summary>
    public string? Identifier(string? value) => value is null || !Masked ? value : IdentifierMasker.Mask(value);

    /// <summary>Free text (evidence sentences, notes) as this caller may see it.</summary>
    public string? Text(string? value) => value is null || !Masked ? value : IdentifierMasker.MaskText(value);

    /// <summary>Stored properties as this caller may see them.</summary>
    public IReadOnlyDictionary<string, object?> Properties(IReadOnlyDictionary<string, object?> properties) =>
        Masked ? PropertyMasking.Apply(properties) : properties;

    private void OnBatch()
    {
        Batches++;
        Services.Metrics.BatchLoad();
    }

    private Task<IReadOnlyDictionary<string, EntityView>> LoadEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellation)
    {
        var result = new Dictionary<string, EntityView>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (Services.EntityViews.Get(Snapshot, Describer, key) is { } view)
            {
                result[key] = view;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, EntityView>>(result);
    }

    private Task<IReadOnlyDictionary<string, TriageView>> LoadTriageAsync(IReadOnlyCollection<string> ringIds, CancellationToken cancellation) =>
        Services.Triage.GetManyAsync(ringIds, cancellation);
}
