namespace Graph.Loading.Resolution;

/// <summary>
/// Remembers what one pure normaliser made of text it already saw. A party is written the same way
/// many times (and both passes see every reference), so most look-ups hit and skip the normaliser's
/// string allocations. Bounded: past <see cref="Capacity"/> entries it starts over, which costs a
/// re-normalisation, never a different answer, and keeps the memory it holds to a few tens of MB
/// per normaliser. Null text is passed through to the normaliser.
/// </summary>
internal sealed class NormalizationCache<T>
{
    public const int Capacity = 1 << 17;

    private readonly Func<string?, T> _normalize;
    private readonly Dictionary<string, T> _known = new(StringComparer.Ordinal);

    public NormalizationCache(Func<string?, T> normalize) => _normalize = normalize;

    public T Normalize(string? text)
    {
        if (text is null)
        {
            return _normalize(text);
        }

        if (_known.TryGetValue(text, out var normal))
        {
            return normal;
        }

        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        normal = _normalize(text);
        _known.Add(text, normal);
        return normal;
    }
}
