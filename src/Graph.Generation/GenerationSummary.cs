namespace Graph.Generation;

public sealed record GenerationSummary(
    string OutputDirectory,
    string TruthPath,
    string ReferencesPath,
    IReadOnlyDictionary<string, long> RowsByFile,
    long TotalRows,
    long References,
    int Rings,
    int Traps,
    int MalformedRows,
    TimeSpan Elapsed);
