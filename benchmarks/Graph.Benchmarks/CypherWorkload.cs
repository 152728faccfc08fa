using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;

namespace Graph.Benchmarks;

/// <summary>A workload through the whole Cypher engine: one prepared query, run with each query's parameters.</summary>
internal sealed class CypherWorkload(string name, CypherEngine engine, string text, Func<int, IReadOnlyDictionary<string, CypherValue>> parameters, int queries) : IWorkload
{
    private readonly PreparedQuery _query = engine.Prepare(text);

    public string Name { get; } = name;

    public int Queries { get; } = queries;

    public string Text => text;

    public string Plan => engine.Execute(_query, parameters(0), new QueryOptions { Mode = ExecutionMode.Explain }).Plan ?? string.Empty;

    public long RunOne(int query)
    {
        QueryResult result = engine.Execute(_query, parameters(query));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{Name}: {result.Error}");
        }

        return result.Rows.Count == 0 ? 0 : result.Rows[0][0].GetHashCode() + result.Rows.Count;
    }

    public long RunAll()
    {
        long checksum = 0;
        for (int i = 0; i < Queries; i++)
        {
            checksum += RunOne(i);
        }

        return checksum;
    }
}
