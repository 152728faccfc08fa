namespace Graph.LoadTest;

/// <summary>
/// What one scenario measured: counts, throughput and latency percentiles (milliseconds), and — when the server's
/// process id was given — the server's CPU milliseconds per request.
/// </summary>
public sealed record LatencyStats(string Scenario, int Concurrency, int Requests, int Errors, double Seconds, double RequestsPerSecond, double P50, double P90, double P99, double Max, double? ServerCpuMsPerRequest)
{
    public static LatencyStats From(string scenario, int concurrency, List<double> latencies, int errors, double seconds, double? serverCpuSeconds)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new LatencyStats(scenario, concurrency, latencies.Count, errors, Math.Round(seconds, 2), Math.Round(latencies.Count / seconds, 1),
            Math.Round(At(0.50), 2), Math.Round(At(0.90), 2), Math.Round(At(0.99), 2), Math.Round(latencies.Count == 0 ? 0 : latencies[^1], 2),
            serverCpuSeconds is { } cpu && latencies.Count + errors > 0 ? Math.Round(1000 * cpu / (latencies.Count + errors), 2) : null);
    }
}
