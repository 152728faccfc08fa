namespace Graph.Generation.Core;

public static class StableHash
{
    /// <summary>FNV-1a: string.GetHashCode is randomised per process, which would break determinism.</summary>
    public static long GetHashCodeStable(this string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash >> 1);
    }
}
