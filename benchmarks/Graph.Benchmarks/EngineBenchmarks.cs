using BenchmarkDotNet.Attributes;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Benchmarks;

/// <summary>Each benchmark runs a workload's 1,000 queries, so the reported mean is the time per 1,000 queries.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private GraphStore? _store;
    private IGraphReader? _reader;
    private Workload? _twoHop;
    private Workload? _pathExists;
    private Workload? _sharedPhone;

    [GlobalSetup]
    public void Setup()
    {
        _store = SyntheticStore.Open();
        _reader = _store.Snapshot;
        _twoHop = Workloads.TwoHopNeighbourCounts(_reader);
        _pathExists = Workloads.PathExists(_reader);
        _sharedPhone = Workloads.PartiesSharingPhone(_reader);
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark(Description = "1,000 distinct 2-hop neighbour counts")]
    public long TwoHopNeighbourCounts() => _twoHop!.RunAll(_reader!);

    [Benchmark(Description = "1,000 path-exists checks up to 4 hops")]
    public long PathExists() => _pathExists!.RunAll(_reader!);

    [Benchmark(Description = "1,000 cases: parties sharing a phone")]
    public long PartiesSharingPhone() => _sharedPhone!.RunAll(_reader!);
}
