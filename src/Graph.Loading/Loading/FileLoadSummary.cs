using Graph.Records.Rows;

namespace Graph.Loading.Loading;

/// <summary>One file of a load: rows read (loaded + rejected), rows loaded, rows rejected, warnings on loaded rows.</summary>
public sealed record FileLoadSummary(
    string File,
    RecordKind Kind,
    long Bytes,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long Warnings);
