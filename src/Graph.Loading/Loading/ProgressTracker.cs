using Graph.Records.Reading;

namespace Graph.Loading.Loading;

/// <summary>Turns per-row ticks into occasional <see cref="LoadProgress"/> reports, so progress costs nothing per row.</summary>
internal sealed class ProgressTracker
{
    private readonly IProgress<LoadProgress>? _progress;
    private readonly int _everyRows;
    private readonly Func<long> _rejects;
    private LoadPhase _phase;
    private long _bytesTotal;
    private long _bytesOfFinishedFiles;
    private long _rows;
    private int _sinceReport;
    private RecordFileReader? _reader;

    public ProgressTracker(IProgress<LoadProgress>? progress, int everyRows, Func<long> rejects)
    {
        _progress = progress;
        _everyRows = Math.Max(1, everyRows);
        _rejects = rejects;
    }

    public void StartPhase(LoadPhase phase, long bytesTotal)
    {
        (_phase, _bytesTotal, _bytesOfFinishedFiles, _rows, _reader) = (phase, bytesTotal, 0, 0, null);
        Report();
    }

    public void StartFile(RecordFileReader reader)
    {
        _reader = reader;
        Report();
    }

    public void EndFile(long length)
    {
        _bytesOfFinishedFiles += length;
        _reader = null;
        Report();
    }

    public void Row()
    {
        _rows++;
        if (++_sinceReport >= _everyRows)
        {
            Report();
        }
    }

    public void Report()
    {
        _sinceReport = 0;
        var bytes = _bytesOfFinishedFiles + (_reader is null ? 0 : Math.Min(_reader.BytesRead, _reader.Length));
        _progress?.Report(new LoadProgress(_phase, _reader?.FileName, bytes, _bytesTotal, _rows, _rejects()));
    }
}
