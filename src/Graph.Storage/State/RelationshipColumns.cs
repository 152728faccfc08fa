using Graph.Storage.Columns;

namespace Graph.Storage.State;

/// <summary>
/// Relationships as parallel columns; ends and discriminator never change once written. A deleted
/// relationship keeps its id (ids are never reused, so log replay reassigns the same ones) and
/// becomes a tombstone: its type is <see cref="DeletedType"/>, which no token can have.
/// </summary>
internal sealed class RelationshipColumns
{
    public const ushort DeletedType = ushort.MaxValue;

    public ChunkedColumn<ushort> Type { get; } = new();

    public ChunkedColumn<int> Start { get; } = new();

    public ChunkedColumn<int> End { get; } = new();

    /// <summary>Interned string id of the discriminator; only the dedupe index needs it.</summary>
    public ChunkedColumn<int> Discriminator { get; } = new();

    public ChunkedColumn<long> Properties { get; set; } = new();

    public int Count => Type.Length;

    public bool IsLive(int relationship) => Type[relationship] != DeletedType;

    public int Add(int type, int start, int end, int discriminator)
    {
        int id = Type.Length;
        Type.Add((ushort)type);
        Start.Add(start);
        End.Add(end);
        Discriminator.Add(discriminator);
        Properties.Add(0);
        return id;
    }
}
