namespace Graph.Storage.Durability;

/// <summary>Layout of a log frame: [magic u32][payload length i32][crc32c u32][payload].</summary>
internal static class LogFrame
{
    public const uint Magic = 0x4C575247; // "GRWL"
    public const int HeaderSize = 12;
    public const int MaxPayload = 1 << 30;
}
