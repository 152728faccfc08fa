namespace Graph.Storage.Reading;

/// <summary>Which way a relationship is followed from a node.</summary>
public enum Direction : byte
{
    Outgoing = 0,
    Incoming = 1,
    Both = 2,
}
