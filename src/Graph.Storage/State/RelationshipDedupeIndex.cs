using Graph.Storage.Columns;

namespace Graph.Storage.State;

/// <summary>
/// Finds a relationship by (type, start, end, discriminator) so that re-loading the same record
/// changes nothing. Open addressing over relationship ids that reads the key back from the
/// relationship columns: about 8 bytes per relationship instead of a dictionary entry.
/// </summary>
internal sealed class RelationshipDedupeIndex
{
    private readonly RelationshipColumns _columns;
    private int[] _slots = new int[1024];

    public RelationshipDedupeIndex(RelationshipColumns columns)
    {
        _columns = columns;
        if (columns.Count * 2L > _slots.Length)
        {
            Rebuild();
        }
        else
        {
            for (int id = 0; id < columns.Count; id++)
            {
                Insert(_slots, id);
            }
        }
    }

    public int Find(int type, int start, int end, int discriminator)
    {
        int mask = _slots.Length - 1;
        for (int i = Hash(type, start, end, discriminator) & mask; ; i = (i + 1) & mask)
        {
            int slot = _slots[i];
            if (slot == 0)
            {
                return -1;
            }

            int id = slot - 1;
            if (_columns.Start[id] == start && _columns.End[id] == end && _columns.Type[id] == type && _columns.Discriminator[id] == discriminator)
            {
                return id;
            }
        }
    }

    /// <summary>Registers a relationship just appended to the columns.</summary>
    public void Added(int id)
    {
        if ((id + 1) * 2L > _slots.Length)
        {
            Rebuild();
        }
        else
        {
            Insert(_slots, id);
        }
    }

    private void Rebuild()
    {
        long size = _slots.Length;
        while (_columns.Count * 2L > size)
        {
            size *= 2;
        }

        var slots = new int[size];
        for (int id = 0; id < _columns.Count; id++)
        {
            Insert(slots, id);
        }

        _slots = slots;
    }

    private void Insert(int[] slots, int id)
    {
        int mask = slots.Length - 1;
        int i = Hash(_columns.Type[id], _columns.Start[id], _columns.End[id], _columns.Discriminator[id]) & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = id + 1;
    }

    private static int Hash(int type, int start, int end, int discriminator)
    {
        ulong h = ((ulong)(uint)start << 32) | (uint)end;
        h ^= ((ulong)(uint)discriminator << 16) ^ (uint)type;
        h *= 0x9E3779B97F4A7C15UL;
        return (int)(h >> 33);
    }
}
