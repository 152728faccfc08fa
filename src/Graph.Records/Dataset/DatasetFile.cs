using Graph.Records.Rows;

namespace Graph.Records.Dataset;

/// <summary>One record file of a dataset folder. <see cref="Name"/> is the file name used in provenance and rejects.</summary>
public sealed record DatasetFile(RecordKind Kind, RecordFormat Format, string Path, string Name, long Length);
