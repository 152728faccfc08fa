using System.Numerics;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Rows;

/// <summary>
/// Interns fixed-width key tuples to dense group numbers (0, 1, 2, ...) with open addressing over
/// a flat key buffer: DISTINCT and grouping allocate only when the table grows.
/// </summary>
internal sealed class KeyTable
{
    private readonly RowBuffer _keys;
    private int[] _buckets = new int[64];
    private int[] _hashes = new int[64];

    public KeyTable(int width)
    {
        _keys = new RowBuffer(width);
        Array.Fill(_buckets, -1);
    }

    public int Count => _keys.Count;

    public ReadOnlySpan<CypherValue> Key(int group) => _keys.Row(group);

    public void Clear()
    {
        // A table cleared often (per batch of a clustered aggregation) would otherwise pay for its largest batch
        // every time: a table far larger than what it held starts again small.
        if (_buckets.Length > 1024 && Count * 8 < _buckets.Length)
        {
            _buckets = new int[Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, Count * 2)))];
        }

        _keys.Clear();
        Array.Fill(_buckets, -1);
    }

    /// <summary>The group number of the key, adding it when new.</summary>
    public int FindOrAdd(ReadOnlySpan<CypherValue> key, out bool added)
    {
        int hash = Hash(key);
        int mask = _buckets.Length - 1;
        for (int bucket = hash & mask; ; bucket = (bucket + 1) & mask)
        {
            int group = _buckets[bucket];
            if (group < 0)
            {
                break;
            }

            if (_hashes[group] == hash && key.SequenceEqual(_keys.Row(group)))
            {
                added = false;
                return group;
            }
        }

        added = true;
        int created = _keys.Append(key);
        if (created >= _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
        }

        _hashes[created] = hash;
        if (Count * 2 > _buckets.Length)
        {
            Grow();
        }
        else
        {
            Place(created, hash);
        }

        return created;
    }

    private void Grow()
    {
        _buckets = new int[_buckets.Length * 2];
        Array.Fill(_buckets, -1);
        for (int group = 0; group < Count; group++)
        {
            Place(group, _hashes[group]);
        }
    }

    private void Place(int group, int hash)
    {
        int mask = _buckets.Length - 1;
        int bucket = hash & mask;
        while (_buckets[bucket] >= 0)
        {
            bucket = (bucket + 1) & mask;
        }

        _buckets[bucket] = group;
    }

    private static int Hash(ReadOnlySpan<CypherValue> key)
    {
        int hash = 17;
        for (int i = 0; i < key.Length; i++)
        {
            hash = (hash * 31) + key[i].GetHashCode();
        }

        // Spread low bits: node ids are small consecutive integers.
        return (int)((uint)hash * 2654435769u >> 1);
    }
}
