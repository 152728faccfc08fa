using System.Diagnostics;
using System.Globalization;
using Graph.Cypher.Engine;
using Graph.Rules;
using Graph.Rules.Running;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Benchmarks;

/// <summary>
/// `--rules STORE RULES [--repeat N] [--rule ID]... [--parallel | --estimates]`: opens a real store read-only and times each screening
/// rule. Per rule it prints the first run (what a one-shot `graph rules run` pays, JIT included) and the best of the
/// repeats, as wall time and as process CPU time — on a shared machine CPU time is the steadier figure. With
/// --parallel it then times the whole catalogue through the runner as `graph rings` runs it; with --estimates it only
/// prints the planner's estimated work per rule, largest first (the order the runner starts them in).
/// </summary>
internal static class RuleTimings
{
    public static void Run(string[] args)
    {
        string store = args[1];
        string rulesFolder = args[2];
        int repeat = 1;
        bool parallel = false;
        bool estimates = false;
        var only = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 3; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--repeat":
                    repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rule":
                    only.Add(args[++i]);
                    break;
                case "--parallel":
                    parallel = true;
                    break;
                case "--estimates":
                    estimates = true;
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var open = Stopwatch.StartNew();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        IGraphReader reader = GraphStore.OpenReadOnly(store, StoreOptions.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"open: {open.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:0.00} s cpu, working set {Environment.WorkingSet / (1 << 20):N0} MB"));

        RuleCatalog catalog = RuleCatalog.Load(rulesFolder);
        var rules = catalog.Rules.Where(rule => only.Count == 0 || only.Contains(rule.Id)).ToList();
        if (estimates)
        {
            var engine = new CypherEngine(reader);
            foreach (var (rule, work) in rules.Select(rule => (rule, engine.Prepare(rule.Query).EstimatedWork)).OrderByDescending(pair => pair.Item2))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rule.Id,-8} {work,16:N0}"));
            }

            return;
        }

        var runner = new RuleRunner(reader);
        var options = new RuleRunOptions { TimeLimit = TimeSpan.FromMinutes(10) };
        double totalFirst = 0, totalBest = 0, totalCpuFirst = 0, totalCpuBest = 0;
        if (!parallel)
        {
            foreach (RuleDefinition rule in rules)
            {
                double first = 0, best = double.MaxValue, cpuFirst = 0, cpuBest = double.MaxValue;
                int hits = 0;
                for (int round = 0; round < repeat; round++)
                {
                    TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    long started = Stopwatch.GetTimestamp();
                    RuleOutcome outcome = runner.Run(rule, options);
                    double wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    double used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    hits = outcome.Hits.Count;
                    if (round == 0)
                    {
                        first = wall;
                        cpuFirst = used;
                    }

                    best = Math.Min(best, wall);
                    cpuBest = Math.Min(cpuBest, used);
                }

                totalFirst += first;
                totalBest += best;
                totalCpuFirst += cpuFirst;
                totalCpuBest += cpuBest;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rule.Id,-8} {hits,7} hits   first {first,7:0.00} s ({cpuFirst,6:0.00} cpu)   best {best,7:0.00} s ({cpuBest,6:0.00} cpu)"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"total",-8} {"",7}        first {totalFirst,7:0.00} s ({totalCpuFirst,6:0.00} cpu)   best {totalBest,7:0.00} s ({totalCpuBest,6:0.00} cpu)"));
        }
        else
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long started = Stopwatch.GetTimestamp();
            RuleRunReport report = runner.Run(rules, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"catalogue: {report.Hits.Count():N0} hits in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s cpu"));
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MB");
    }
}
