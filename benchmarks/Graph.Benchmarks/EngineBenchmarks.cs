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
    private CypherWorkload? _cypherTwoHop;
    private CypherWorkload? _cypherPathExists;
    private CypherWorkload? _cypherSharedPhone;
    private Graph.Cypher.Engine.CypherEngine? _engine;

    [GlobalSetup]
    public void Setup()
    {
        _store = SyntheticStore.Open();
        _reader = _store.Snapshot;
        _twoHop = Workloads.TwoHopNeighbourCounts(_reader);
        _pathExists = Workloads.PathExists(_reader);
        _sharedPhone = Workloads.PartiesSharingPhone(_reader);
        _engine = new Graph.Cypher.Engine.CypherEngine(_reader);
        _cypherTwoHop = CypherWorkloads.TwoHop(_engine, _reader);
        _cypherPathExists = CypherWorkloads.PathExists(_engine, _reader);
        _cypherSharedPhone = CypherWorkloads.SharedPhone(_engine);
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark(Description = "1,000 distinct 2-hop neighbour counts")]
    public long TwoHopNeighbourCounts() => _twoHop!.RunAll(_reader!);

    [Benchmark(Description = "1,000 path-exists checks up to 4 hops")]
    public long PathExists() => _pathExists!.RunAll(_reader!);

    [Benchmark(Description = "1,000 cases: parties sharing a phone")]
    public long PartiesSharingPhone() => _sharedPhone!.RunAll(_reader!);

    [Benchmark(Description = "Cypher: 1,000 distinct 2-hop neighbour counts")]
    public long CypherTwoHop() => _cypherTwoHop!.RunAll();

    [Benchmark(Description = "Cypher: 1,000 path-exists checks up to 4 hops")]
    public long CypherPathExists() => _cypherPathExists!.RunAll();

    [Benchmark(Description = "Cypher: 1,000 cases: parties sharing a phone")]
    public long CypherSharedPhone() => _cypherSharedPhone!.RunAll();

    [Benchmark(Description = "Cypher: prepare of a cached query", OperationsPerInvoke = 1000)]
    public int CachedPrepare()
    {
        int columns = 0;
        for (int i = 0; i < 1000; i++)
        {
            columns += _engine!.Prepare(CypherWorkloads.SharedPhoneText).Columns.Count;
        }

        return columns;
    }
}
