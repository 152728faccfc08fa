using Graph.Cypher.Engine.Execution;

namespace Graph.Benchmarks;

/// <summary>One benchmark workload: a cached plan and the parameter values of its 1,000 queries.</summary>
internal sealed class Workload(string name, PhysicalPlan plan, Action<int> bind, int queries) : IWorkload
{
    public string Name { get; } = name;

    public PhysicalPlan Plan { get; } = plan;

    public int Queries { get; } = queries;

    /// <summary>Binds the parameters of query i and runs it; returns the rows' first value as a checksum.</summary>
    public long RunOne(Graph.Storage.Reading.IGraphReader reader, int query)
    {
        bind(query);
        QueryResult result = QueryRunner.Run(Plan, reader, QueryLimits.Default);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{Name}: {result.Error!.Code} {result.Error.Message}");
        }

        return result.Rows.Count == 0 ? 0 : result.Rows[0][0].GetHashCode() + result.Rows.Count;
    }

    /// <summary>The reader the next <see cref="RunOne(int)"/> runs on.</summary>
    public Graph.Storage.Reading.IGraphReader? Reader { get; set; }

    public long RunOne(int query) => RunOne(Reader!, query);

    public long RunAll(Graph.Storage.Reading.IGraphReader reader)
    {
        long checksum = 0;
        for (int i = 0; i < Queries; i++)
        {
            checksum += RunOne(reader, i);
        }

        return checksum;
    }
}
