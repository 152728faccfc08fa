namespace Graph.Benchmarks;

/// <summary>1,000 queries of one kind, run one at a time; the result is a checksum so nothing is optimised away.</summary>
internal interface IWorkload
{
    string Name { get; }

    int Queries { get; }

    long RunOne(int query);
}
