using System.ComponentModel;
using Graph.Api.Audit;

namespace Graph.Api.Caching;

/// <summary>
/// A serialized GraphQL response that depends only on the data version, the analysis and the caller's permissions,
/// with the audit entries its resolvers wrote, to be written again for whoever gets it from the cache.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedResponse(byte[] Body, IReadOnlyList<AuditTarget> Audits);
