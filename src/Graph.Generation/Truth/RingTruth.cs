using Graph.Generation.Entities;

namespace Graph.Generation.Truth;

/// <summary>A planted ring: its model, the signals it was built to show, its members and its records.</summary>
public sealed class RingTruth(string id, string model)
{
    private readonly List<Entity> _members = [];
    private readonly List<RecordKey> _records = [];
    private readonly SortedSet<string> _signals = new(StringComparer.Ordinal);

    public string Id => id;

    public string Model => model;

    public IReadOnlyCollection<string> Signals => _signals;

    public IReadOnlyList<Entity> Members => _members;

    public IReadOnlyList<RecordKey> Records => _records;

    public void AddSignal(string signal) => _signals.Add(signal);

    public Entity Member(Entity entity)
    {
        if (!_members.Contains(entity))
        {
            _members.Add(entity);
        }

        return entity;
    }

    public void Record(string kind, string key)
    {
        var record = new RecordKey(kind, key);
        if (!_records.Contains(record))
        {
            _records.Add(record);
        }
    }
}
