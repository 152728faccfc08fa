using Graph.Api.Store;

namespace Graph.Api.Services;

/// <summary>Keeps the name index of the newest snapshot; a newer snapshot builds its own (once, under a lock).</summary>
public sealed class NameIndexProvider
{
    private readonly Lock _gate = new();
    private NameIndex? _index;

    public NameIndex For(GraphSnapshot snapshot)
    {
        var index = _index;
        if (index is not null && index.Version == snapshot.Version)
        {
            return index;
        }

        lock (_gate)
        {
            if (_index is not null && _index.Version == snapshot.Version)
            {
                return _index;
            }

            var built = NameIndex.Build(snapshot);
            if (_index is null || built.Version >= _index.Version)
            {
                _index = built;
            }

            return built;
        }
    }
}
