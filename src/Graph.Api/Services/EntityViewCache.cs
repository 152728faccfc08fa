using Graph.Api.Model;
using Graph.Api.Store;
using System.Collections.Concurrent;

namespace Graph.Api.Services;

/// <summary>
/// Entity views of the current snapshot, kept in memory: ring lists name the same members over and over, and a
/// view reads every property plus the phone and address neighbours. Emptied when the snapshot changes, and when full.
/// </summary>
public sealed class EntityViewCache
{
    private const int Capacity = 100_000;
    private readonly Lock _gate = new();
    private (long Version, ConcurrentDictionary<string, EntityView?> Views) _current = (-1, new(StringComparer.Ordinal));

    public EntityView? Get(GraphSnapshot snapshot, GraphDescriber describer, string key)
    {
        var current = _current;
        if (current.Version != snapshot.Version)
        {
            lock (_gate)
            {
                if (_current.Version != snapshot.Version)
                {
                    _current = (snapshot.Version, new ConcurrentDictionary<string, EntityView?>(StringComparer.Ordinal));
                }

                current = _current;
            }
        }

        if (current.Views.TryGetValue(key, out var view))
        {
            return view;
        }

        if (current.Views.Count >= Capacity)
        {
            current.Views.Clear();
        }

        var node = snapshot.Reader.FindNodeByKey(key);
        view = node >= 0 && describer.IsEntity(node) ? describer.Entity(node) : null;
        current.Views[key] = view;
        return view;
    }
}
