namespace Graph.Api.Caching;

/// <summary>A value's serialized form went over the cache's per-entry limit; the value is used but not kept.</summary>
public sealed class CacheEntryTooLargeException : Exception
{
    public CacheEntryTooLargeException(long limit)
        : base($"The value is larger than the cache's limit of {limit} bytes per entry (Api:Cache:MaxEntryBytes); it is not cached.")
    {
    }

    public CacheEntryTooLargeException()
        : base("The value is larger than the cache's limit per entry; it is not cached.")
    {
    }

    public CacheEntryTooLargeException(string message)
        : base(message)
    {
    }

    public CacheEntryTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
