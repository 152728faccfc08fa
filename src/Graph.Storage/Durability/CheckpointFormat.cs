namespace Graph.Storage.Durability;

/// <summary>Markers framing a checkpoint file; the end marker proves it was written to the end.</summary>
internal static class CheckpointFormat
{
    public const uint Magic = 0x4B435247; // "GRCK"
    public const int Version = 4;
    public const uint EndMarker = 0x444E4547; // "GEND"
}
