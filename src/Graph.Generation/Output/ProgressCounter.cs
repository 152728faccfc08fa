namespace Graph.Generation.Output;

/// <summary>Counts rows across all files and reports every few thousand, checking for cancellation at the same beat.</summary>
public sealed class ProgressCounter(IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
{
    private const long ReportEvery = 50_000;
    private long _nextReport = ReportEvery;

    public long Rows { get; private set; }

    public string Stage { get; set; } = "registry";

    public void Add()
    {
        Rows++;
        if (Rows >= _nextReport)
        {
            _nextReport += ReportEvery;
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new GenerationProgress(Stage, Rows));
        }
    }

    public void Finish() => progress?.Report(new GenerationProgress("done", Rows));
}
