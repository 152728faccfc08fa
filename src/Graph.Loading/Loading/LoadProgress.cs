namespace Graph.Loading.Loading;

/// <summary>
/// A progress report: the phase, the file being read, bytes done of the phase's total (each
/// pass reads every file once, so each pass goes 0 → total), rows seen and rejects so far.
/// </summary>
public sealed record LoadProgress(
    LoadPhase Phase,
    string? File,
    long BytesDone,
    long BytesTotal,
    long Rows,
    long Rejects)
{
    public double Fraction => BytesTotal > 0 ? Math.Min(1, (double)BytesDone / BytesTotal) : 0;
}
