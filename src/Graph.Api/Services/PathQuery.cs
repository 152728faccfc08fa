namespace Graph.Api.Services;

/// <summary>What a path search asks: the bound on length, how many shortest paths, which types, the cap on all paths.</summary>
public sealed record PathQuery(int MaxLength, int K, IReadOnlyList<string>? RelationshipTypes, int MaxPaths)
{
    /// <summary>Part of the cache key: every field that changes the answer.</summary>
    public string CacheKey => $"{MaxLength}:{K}:{MaxPaths}:{string.Join(",", RelationshipTypes?.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())}";
}
