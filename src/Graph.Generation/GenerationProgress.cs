namespace Graph.Generation;

/// <summary>Rows written so far across all record files, and which part of the story is being written.</summary>
public readonly record struct GenerationProgress(string Stage, long RowsWritten);
