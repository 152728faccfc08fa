using System.Diagnostics;
using System.Globalization;
using Graph.Cypher.Engine;
using Graph.Storage.Reading;

namespace Graph.Benchmarks;

/// <summary>
/// `--quick`: times each query of each workload with a stopwatch and prints total per 1,000 queries,
/// p50 and p99 — first the hand-built plans (the operators' floor), then the same workloads as
/// prepared Cypher queries, then parse + plan with and without the plan cache, and peak memory.
/// </summary>
internal static class QuickRunner
{
    public static void Run(IGraphReader reader)
    {
        Console.WriteLine($"store: {reader.NodeCount:N0} nodes, {reader.RelationshipCount:N0} relationships");
        var engine = new CypherEngine(reader);
        var cypher = new[] { CypherWorkloads.TwoHop(engine, reader), CypherWorkloads.PathExists(engine, reader), CypherWorkloads.SharedPhone(engine) };
        var plans = new List<IWorkload>();
        foreach (Workload workload in new[] { Workloads.TwoHopNeighbourCounts(reader), Workloads.PathExists(reader), Workloads.PartiesSharingPhone(reader) })
        {
            workload.Reader = reader;
            plans.Add(workload);
        }

        foreach (IWorkload workload in plans.Concat(cypher))
        {
            Time(workload);
        }

        foreach (CypherWorkload workload in cypher)
        {
            Console.WriteLine($"--- plan of: {workload.Text}");
            Console.WriteLine(workload.Plan);
        }

        TimePreparation(engine);
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
    }

    private static void Time(IWorkload workload)
    {
        for (int i = 0; i < workload.Queries; i++)
        {
            workload.RunOne(i);
        }

        double bestTotal = double.MaxValue;
        double[] best = [];
        for (int round = 0; round < 5; round++)
        {
            var times = new double[workload.Queries];
            long started = Stopwatch.GetTimestamp();
            for (int i = 0; i < workload.Queries; i++)
            {
                long before = Stopwatch.GetTimestamp();
                workload.RunOne(i);
                times[i] = Stopwatch.GetElapsedTime(before).TotalMicroseconds;
            }

            double total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (total < bestTotal)
            {
                bestTotal = total;
                best = times;
            }
        }

        Array.Sort(best);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{workload.Name,-46} {bestTotal,8:0.0} ms per {workload.Queries} queries   p50 {best[best.Length / 2],8:0.0} µs   p99 {best[best.Length * 99 / 100],8:0.0} µs"));
    }

    /// <summary>Prepare of a cached query (the path every repeated query takes) and of a new one (parse + bind + plan).</summary>
    private static void TimePreparation(CypherEngine engine)
    {
        const int Rounds = 100_000;
        engine.Prepare(CypherWorkloads.SharedPhoneText);
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < Rounds; i++)
        {
            engine.Prepare(CypherWorkloads.SharedPhoneText);
        }

        double cached = Stopwatch.GetElapsedTime(started).TotalMicroseconds / Rounds;
        const int Fresh = 2_000;
        started = Stopwatch.GetTimestamp();
        for (int i = 0; i < Fresh; i++)
        {
            engine.ClearCache();
            engine.Prepare(CypherWorkloads.SharedPhoneText);
        }

        double fresh = Stopwatch.GetElapsedTime(started).TotalMicroseconds / Fresh;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepare, cached: {cached:0.00} µs   parse + bind + plan, uncached: {fresh:0.0} µs"));
    }
}
