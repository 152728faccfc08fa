using System.Diagnostics;
using System.Globalization;
using Graph.Storage.Reading;

namespace Graph.Benchmarks;

/// <summary>`--quick`: times each query of each workload with a stopwatch and prints total per 1,000 queries, p50 and p99.</summary>
internal static class QuickRunner
{
    public static void Run(IGraphReader reader)
    {
        Workload[] workloads = [Workloads.TwoHopNeighbourCounts(reader), Workloads.PathExists(reader), Workloads.PartiesSharingPhone(reader)];
        Console.WriteLine($"store: {reader.NodeCount:N0} nodes, {reader.RelationshipCount:N0} relationships");
        foreach (Workload workload in workloads)
        {
            workload.RunAll(reader);
            double bestTotal = double.MaxValue;
            double[] best = [];
            for (int round = 0; round < 5; round++)
            {
                var times = new double[workload.Queries];
                long started = Stopwatch.GetTimestamp();
                for (int i = 0; i < workload.Queries; i++)
                {
                    long before = Stopwatch.GetTimestamp();
                    workload.RunOne(reader, i);
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
                $"{workload.Name,-40} {bestTotal,8:0.0} ms per {workload.Queries} queries   p50 {best[best.Length / 2],8:0.0} µs   p99 {best[best.Length * 99 / 100],8:0.0} µs"));
        }
    }
}
