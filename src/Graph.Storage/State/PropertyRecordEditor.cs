using Graph.Storage.Columns;
using Graph.Storage.Values;

namespace Graph.Storage.State;

/// <summary>
/// Rewrites one property record (entries [varint key][value] sorted by key) with changes
/// applied. Reused across mutations so an update allocates nothing; when the result equals the
/// old record the caller keeps the old address and the arena does not grow.
/// </summary>
internal sealed class PropertyRecordEditor
{
    private readonly ByteWriter _values = new(1024);
    private readonly ByteWriter _output = new(1024);
    private int[] _keys = new int[16];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private int _count;

    public void Load(ReadOnlySpan<byte> record)
    {
        _count = 0;
        _values.Clear();
        var reader = new ByteReader(record);
        while (!reader.AtEnd)
        {
            int key = reader.ReadCount();
            int start = reader.Position;
            StoredValueCodec.Skip(ref reader);
            Append(key, record[start..reader.Position]);
        }
    }

    public void Set(int key, PropertyValue value, StringIdTable strings)
    {
        int index = IndexOf(key);
        if (value.IsNull)
        {
            if (index >= 0)
            {
                RemoveAt(index);
            }

            return;
        }

        int start = _values.Length;
        StoredValueCodec.Write(_values, value, strings);
        Put(index, key, start, _values.Length - start);
    }

    /// <summary>
    /// Adds a string to a list property unless present; a scalar string becomes a two-item list.
    /// Any other value, a general list included, is replaced by a one-item string list.
    /// </summary>
    public void AddToList(int key, int stringId)
    {
        int index = IndexOf(key);
        int start = _values.Length;
        _values.WriteByte((byte)PropertyKind.StringList);
        if (index < 0)
        {
            _values.WriteVarUInt(1);
        }
        else
        {
            var reader = new ByteReader(_values.WrittenSpan.Slice(_starts[index], _lengths[index]));
            var kind = (PropertyKind)reader.ReadByte();
            if (kind == PropertyKind.String)
            {
                int existing = reader.ReadCount();
                if (existing == stringId)
                {
                    _values.Truncate(start);
                    return;
                }

                _values.WriteVarUInt(2);
                _values.WriteVarUInt((uint)existing);
            }
            else if (kind == PropertyKind.StringList)
            {
                int count = reader.ReadCount();
                int itemsStart = reader.Position;
                for (int i = 0; i < count; i++)
                {
                    if (reader.ReadCount() == stringId)
                    {
                        _values.Truncate(start);
                        return;
                    }
                }

                _values.WriteVarUInt((uint)count + 1);
                int itemsEnd = reader.Position;
                int absolute = _starts[index];
                _values.WriteBytes(_values.WrittenSpan.Slice(absolute + itemsStart, itemsEnd - itemsStart));
            }
            else
            {
                _values.WriteVarUInt(1);
            }
        }

        _values.WriteVarUInt((uint)stringId);
        Put(index, key, start, _values.Length - start);
    }

    /// <summary>The edited record, entries sorted by key.</summary>
    public ReadOnlySpan<byte> Build()
    {
        for (int i = 1; i < _count; i++)
        {
            int key = _keys[i], start = _starts[i], length = _lengths[i], j = i - 1;
            for (; j >= 0 && _keys[j] > key; j--)
            {
                _keys[j + 1] = _keys[j];
                _starts[j + 1] = _starts[j];
                _lengths[j + 1] = _lengths[j];
            }

            _keys[j + 1] = key;
            _starts[j + 1] = start;
            _lengths[j + 1] = length;
        }

        _output.Clear();
        ReadOnlySpan<byte> values = _values.WrittenSpan;
        for (int i = 0; i < _count; i++)
        {
            _output.WriteVarUInt((uint)_keys[i]);
            _output.WriteBytes(values.Slice(_starts[i], _lengths[i]));
        }

        return _output.WrittenSpan;
    }

    private void Append(int key, ReadOnlySpan<byte> value)
    {
        int start = _values.Length;
        _values.WriteBytes(value);
        Put(-1, key, start, value.Length);
    }

    private void Put(int index, int key, int start, int length)
    {
        if (index < 0)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _lengths, _count * 2);
            }

            index = _count++;
        }

        _keys[index] = key;
        _starts[index] = start;
        _lengths[index] = length;
    }

    private void RemoveAt(int index)
    {
        _count--;
        _keys[index] = _keys[_count];
        _starts[index] = _starts[_count];
        _lengths[index] = _lengths[_count];
    }

    private int IndexOf(int key)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
