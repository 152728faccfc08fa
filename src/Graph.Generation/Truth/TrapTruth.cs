using Graph.Generation.Entities;

namespace Graph.Generation.Truth;

/// <summary>
/// An honest look-alike that a naive screen would flag; recorded so false positives can be counted.
/// Hubs touch thousands of records at large scale, so lists keep the first <see cref="ListCap"/> and a total.
/// </summary>
public sealed class TrapTruth(string kind, string description)
{
    public const int ListCap = 500;

    private readonly HashSet<Entity> _seen = [];
    private readonly List<Entity> _entities = [];
    private readonly List<RecordKey> _records = [];

    public string Kind => kind;

    public string Description => description;

    public IReadOnlyList<Entity> Entities => _entities;

    public IReadOnlyList<RecordKey> Records => _records;

    public long EntityCount => _seen.Count;

    public long RecordCount { get; private set; }

    public void Entity(Entity entity)
    {
        if (_seen.Count < ListCap * 4 && _seen.Add(entity) && _entities.Count < ListCap)
        {
            _entities.Add(entity);
        }
    }

    public void Record(string recordKind, string key)
    {
        RecordCount++;
        if (_records.Count < ListCap)
        {
            _records.Add(new RecordKey(recordKind, key));
        }
    }
}
