using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Graph.Benchmarks;
using Graph.Storage;

// `--quick` prints totals and p50/p99 with a stopwatch; anything else goes to BenchmarkDotNet
// (e.g. `-- --filter '*'`). Both build the synthetic store once and reuse it from the temp folder.
// `--rules STORE RULES` times the screening rules on a real store (see RuleTimings).
if (args.Length >= 3 && args[0] == "--rules")
{
    RuleTimings.Run(args);
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    using GraphStore store = SyntheticStore.Open();
    QuickRunner.Run(store.Snapshot);
    return;
}

// The default two-minute build timeout is too short on a busy shared machine.
ManualConfig config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args, config);
